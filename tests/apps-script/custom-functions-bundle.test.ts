// The built dist/Code.js in node:vm with an empty global scope: each FZ_ custom function is a
// top-level function, needs no service at all, and carries @customfunction for Sheets.

import vm from 'vm';
import {buildAppsScriptBundle} from '../helpers/build-bundle';

const NAMES = [
  'FZ_PERCENT',
  'FZ_CN',
  'FZ_APPROX',
  'FZ_SUMCHECK',
  'FZ_YOY',
  'FZ_ORDINAL',
];

let code = '';
let context: vm.Context;

beforeAll(() => {
  code = buildAppsScriptBundle();
  context = vm.createContext({});
  vm.runInContext(code, context, {filename: 'Code.js'});
});

/** Calls a top-level function of the bundle with arguments written as JavaScript source. */
const call = (source: string): unknown =>
  JSON.parse(
    vm.runInContext(`JSON.stringify(${source})`, context) as string,
  ) as unknown;

describe('custom functions in dist/Code.js', () => {
  it('defines each FZ_ function as a top-level function of an empty global scope', () => {
    for (const name of NAMES) {
      expect([name, vm.runInContext(`typeof ${name}`, context)]).toEqual([
        name,
        'function',
      ]);
    }
  });

  it('puts @customfunction in the JSDoc right above each FZ_ function', () => {
    for (const name of NAMES) {
      const match = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`,
      ).exec(code);
      expect([name, match?.[1].includes('@customfunction')]).toEqual([
        name,
        true,
      ]);
    }
  });

  it('runs FZ_PERCENT on cells and on ranges', () => {
    expect(call('FZ_PERCENT(42, 52)')).toBe('80.8%');
    expect(call('FZ_PERCENT([[42], [1]], [[52], [0]], 2)')).toEqual([
      ['80.77%'],
      ['#错误：分母不能为 0'],
    ]);
  });

  it('runs FZ_CN on cells and on ranges', () => {
    expect(call('FZ_CN(105)')).toBe('一百零五');
    expect(call('FZ_CN([[4, 20]])')).toEqual([['四', '二十']]);
  });

  it('runs FZ_APPROX on cells and on ranges', () => {
    expect(call('FZ_APPROX(4812345, "万")')).toBe('480余万');
    expect(call('FZ_APPROX([[746], [400]])')).toEqual([['740余'], ['400']]);
  });

  it('runs FZ_SUMCHECK on a range of parts and a total', () => {
    expect(call('FZ_SUMCHECK([[3], [4], [""]], 7)')).toBe('✓');
    expect(call('FZ_SUMCHECK([[3], [4]], 8)')).toBe('分项少1');
  });

  it('runs FZ_YOY on cells and on ranges', () => {
    expect(call('FZ_YOY(112.5, 100)')).toBe('增长12.5%');
    expect(call('FZ_YOY([[96.9], [100]], 100)')).toEqual([
      ['下降3.1%'],
      ['持平'],
    ]);
  });

  it('runs FZ_ORDINAL on cells and on ranges', () => {
    expect(call('FZ_ORDINAL(3, "节")')).toBe('（三）');
    expect(call('FZ_ORDINAL([[1, 2]], "要点")')).toEqual([['一是', '二是']]);
  });

  it('throws an Error whose message Sheets shows in the #ERROR! tooltip', () => {
    expect(() => vm.runInContext('FZ_PERCENT(42, 0)', context)).toThrow(
      'FZ_PERCENT：分母不能为 0',
    );
    expect(() => vm.runInContext('FZ_ORDINAL(1, "段")', context)).toThrow(
      'FZ_ORDINAL：样式须为',
    );
  });
});
