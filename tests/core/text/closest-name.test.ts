import {closestName, editDistance} from '../../../src/core/text/closest-name';

const KNOWN = ['持证人数', '行政执法案件数', '调解成功率'];

describe('closestName', () => {
  it('suggests 持证人数 for 持证人', () => {
    expect(closestName('持证人', KNOWN)).toBe('持证人数');
  });

  it('suggests 调解成功率 for the swapped-character 调解成率功', () => {
    expect(closestName('调解成率功', KNOWN)).toBe('调解成功率');
  });

  it('suggests nothing for an unrelated name', () => {
    expect(closestName('法律顾问', KNOWN)).toBeUndefined();
  });

  it('suggests nothing when no names are known', () => {
    expect(closestName('持证人', [])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts one edit per inserted, deleted or replaced character', () => {
    expect(editDistance('持证人', '持证人数')).toBe(1);
    expect(editDistance('持证人数', '持证人')).toBe(1);
    expect(editDistance('持证人数', '持证总数')).toBe(1);
  });

  it('is zero for equal names and the length of the other for an empty name', () => {
    expect(editDistance('年度', '年度')).toBe(0);
    expect(editDistance('', '年度')).toBe(2);
  });
});
