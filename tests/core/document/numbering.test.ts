import {
  createNumbering,
  levelLabel,
  pointLabel,
} from '../../../src/core/document/numbering';
import type {Level} from '../../../src/core/workbook/schema';

function labels(
  levels: readonly Level[],
  itemStyle: '1.' | '1、' = '1.',
): string[] {
  const numbering = createNumbering({itemStyle, itemNumbering: 'per-section'});
  return levels.map(l => numbering.next(l));
}

describe('levelLabel', () => {
  it('labels 章 一、, 节 （一）, 条 1., 款 （1） and 要点 一是', () => {
    expect(levelLabel('章', 1, '1.')).toBe('一、');
    expect(levelLabel('节', 1, '1.')).toBe('（一）');
    expect(levelLabel('条', 1, '1.')).toBe('1.');
    expect(levelLabel('款', 1, '1.')).toBe('（1）');
    expect(levelLabel('要点', 1, '1.')).toBe('一是');
  });

  it('labels 条 "1、" when the item style is "1、"', () => {
    expect(levelLabel('条', 3, '1、')).toBe('3、');
  });

  it('labels the twelfth 章 and 节 十二、 and （十二）', () => {
    expect(levelLabel('章', 12, '1.')).toBe('十二、');
    expect(levelLabel('节', 12, '1.')).toBe('（十二）');
  });

  it('keeps 条 and 款 in Arabic digits past nine (10. and （10）)', () => {
    expect(levelLabel('条', 10, '1.')).toBe('10.');
    expect(levelLabel('款', 10, '1.')).toBe('（10）');
  });
});

describe('pointLabel', () => {
  it('writes the points 一是 to 十是', () => {
    expect([1, 2, 3, 10].map(pointLabel)).toEqual([
      '一是',
      '二是',
      '三是',
      '十是',
    ]);
  });

  it('writes the eleventh and twelfth points 十一是 and 十二是', () => {
    expect(pointLabel(11)).toBe('十一是');
    expect(pointLabel(12)).toBe('十二是');
  });
});

describe('createNumbering', () => {
  it('counts each level in turn (一、 （一） （二） 二、)', () => {
    expect(labels(['章', '节', '节', '章'])).toEqual([
      '一、',
      '（一）',
      '（二）',
      '二、',
    ]);
  });

  it('restarts （一）, 1. and 一是 under a new 章', () => {
    expect(
      labels(['章', '节', '条', '要点', '要点', '章', '节', '条', '要点']),
    ).toEqual([
      '一、',
      '（一）',
      '1.',
      '一是',
      '二是',
      '二、',
      '（一）',
      '1.',
      '一是',
    ]);
  });

  it('restarts 1. under a new 节 but keeps counting 节 under the same 章', () => {
    expect(labels(['节', '条', '条', '节', '条'])).toEqual([
      '（一）',
      '1.',
      '2.',
      '（二）',
      '1.',
    ]);
  });

  it('restarts （1） under a new 条', () => {
    expect(labels(['条', '款', '款', '条', '款'])).toEqual([
      '1.',
      '（1）',
      '（2）',
      '2.',
      '（1）',
    ]);
  });

  it('restarts 一是 under a new 款', () => {
    expect(labels(['款', '要点', '要点', '款', '要点'])).toEqual([
      '（1）',
      '一是',
      '二是',
      '（2）',
      '一是',
    ]);
  });

  it('numbers 条 "1、" and "2、" in the item style "1、"', () => {
    expect(labels(['条', '条'], '1、')).toEqual(['1、', '2、']);
  });

  it('numbers 要点 past 十 as 十一是', () => {
    const points = labels(Array<Level>(11).fill('要点'));
    expect(points[9]).toBe('十是');
    expect(points[10]).toBe('十一是');
  });

  it('gives 段落 no label and does not restart 条 with it', () => {
    expect(labels(['条', '段落', '条', '段落', '条'])).toEqual([
      '1.',
      '',
      '2.',
      '',
      '3.',
    ]);
  });

  it('counts 要点 and 段内要点 as one run: 一是, 二是, 三是', () => {
    expect(labels(['要点', '段内要点', '段内要点'])).toEqual([
      '一是',
      '二是',
      '三是',
    ]);
    expect(labels(['段落', '段内要点', '段内要点', '要点'])).toEqual([
      '',
      '一是',
      '二是',
      '三是',
    ]);
  });

  it('starts the points again at 一是 after any other row', () => {
    expect(
      labels(['要点', '要点', '段落', '段内要点', '条', '要点', '款', '要点']),
    ).toEqual(['一是', '二是', '', '一是', '1.', '一是', '（1）', '一是']);
  });

  it('restarts 1. in every 节 unless 三级编号方式 is 全章连续编号', () => {
    const levels: Level[] = [
      '章',
      '节',
      '条',
      '条',
      '节',
      '条',
      '章',
      '节',
      '条',
    ];
    expect(labels(levels)).toEqual([
      '一、',
      '（一）',
      '1.',
      '2.',
      '（二）',
      '1.',
      '二、',
      '（一）',
      '1.',
    ]);
    const through = createNumbering({
      itemStyle: '1.',
      itemNumbering: 'per-chapter',
    });
    expect(levels.map(l => through.next(l))).toEqual([
      '一、',
      '（一）',
      '1.',
      '2.',
      '（二）',
      '3.',
      '二、',
      '（一）',
      '1.',
    ]);
  });

  it('keeps separate numberings independent', () => {
    const options = {itemStyle: '1.', itemNumbering: 'per-section'} as const;
    const a = createNumbering(options);
    const b = createNumbering(options);
    a.next('章');
    expect(b.next('章')).toBe('一、');
  });
});
