import {
  closestName,
  editDistance,
  NameSuggester,
} from '../../../src/core/text/closest-name';

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

describe('NameSuggester', () => {
  /** The plain definition: the first known name at the smallest distance, within half. */
  function slowClosest(name: string, known: readonly string[]) {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const k of known) {
      const d = editDistance(name, k);
      if (d < bestDistance) [best, bestDistance] = [k, d];
    }
    return bestDistance <= Math.max(1, Math.ceil(name.length / 2))
      ? best
      : undefined;
  }

  it('agrees with the plain definition, ties going to the earlier name', () => {
    const known = [
      '持证人数',
      '持证率',
      '持证总数',
      '行政执法案件数',
      '行政复议案件数',
      '调解成功率',
      '调解案件数',
      '年度',
      '下年度',
      '上年度',
      '单位名称',
    ];
    const suggester = new NameSuggester(known);
    const typos = [
      '持证人',
      '持证数',
      '持人数',
      '证人数',
      '行政执法件数',
      '行政复议案数',
      '调解成率功',
      '调解数',
      '年',
      '下年',
      '单位',
      '法律顾问',
      '持证人数量',
      '',
      '行政应诉案件数',
    ];
    for (const typo of typos) {
      expect([typo, suggester.suggest(typo)]).toEqual([
        typo,
        slowClosest(typo, known),
      ]);
    }
  });

  it('gives the same answer when asked again (from its cache)', () => {
    const suggester = new NameSuggester(['持证人数']);
    expect(suggester.suggest('持证人')).toBe('持证人数');
    expect(suggester.suggest('持证人')).toBe('持证人数');
  });
});

describe('NameSuggester.suggest with a name to leave out', () => {
  it('answers as closestName over the other names, cached apart from the plain question', () => {
    const known = ['持证人数', '持证人员数', '持证率'];
    const suggester = new NameSuggester(known);
    expect(suggester.suggest('持证人', '持证人数')).toBe(
      closestName(
        '持证人',
        known.filter(n => n !== '持证人数'),
      ),
    );
    expect(suggester.suggest('持证人', '持证人数')).toBe('持证率');
    expect(suggester.suggest('持证人')).toBe('持证人数');
    expect(new NameSuggester(['持证人数']).suggest('持证人', '持证人数')).toBe(
      undefined,
    );
  });
});

describe('editDistance with a bound', () => {
  it('returns the distance when it is within the bound', () => {
    expect(editDistance('调解成率功', '调解成功率', 2)).toBe(2);
  });

  it('returns bound + 1 for anything further', () => {
    expect(editDistance('行政执法案件数', '持证人数', 2)).toBe(3);
    expect(editDistance('年度', '行政执法案件数', 1)).toBe(2);
  });
});
