// The indexed matcher against matching every figure one by one, on the sample's figures.

import {
  figureUnit,
  matchFormat,
  type TypedAmount,
} from '../../../../src/core/rules/text/figure-match';
import {FigureMatcher} from '../../../../src/core/rules/text/figure-matcher';
import {sampleWorkbookGrids} from '../../../../src/core/sample/sample-workbook';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';

const {figures} = readWorkbook(sampleWorkbookGrids()).model;

/** Amounts a clerk might type for each figure: its value plain, in 万, with 余, as a percent. */
function typedAmounts(): TypedAmount[] {
  const out: TypedAmount[] = [];
  for (const f of figures) {
    const unit = figureUnit(f);
    const n = f.value.kind === 'number' ? f.value.value : 746;
    for (const digits of [
      String(n),
      String(n + 1),
      (n * 100).toFixed(1),
      (n * 100).toFixed(0),
      (n / 10000).toFixed(2),
      String(Math.floor(n / 10) * 10),
      '30',
    ]) {
      for (const approximate of [false, true]) {
        for (const multiplier of ['', '万']) {
          out.push({digits, approximate, multiplier, unit});
        }
      }
    }
  }
  return out;
}

describe('FigureMatcher', () => {
  it('finds the same figures, in the same order, as matching each figure in turn', () => {
    const matcher = new FigureMatcher(figures);
    let matched = 0;
    for (const amount of typedAmounts()) {
      const expected = figures.flatMap(f => {
        const format = matchFormat(f, amount);
        return format === undefined ? [] : [{name: f.name, format}];
      });
      if (expected.length > 0) matched += 1;
      expect([amount, matcher.matches(amount)]).toEqual([amount, expected]);
    }
    expect(matched).toBeGreaterThan(figures.length);
  });
});
