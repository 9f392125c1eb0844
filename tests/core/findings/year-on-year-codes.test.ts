import {
  YEAR_ON_YEAR_CODES,
  type YearOnYearParams,
} from '../../../src/core/findings/year-on-year-codes';

/** Plausible parameters for every code; a new code fails to compile here. */
const PARAMS: {readonly [C in keyof YearOnYearParams]: YearOnYearParams[C]} = {
  'figure-previous-missing': {name: '立案数', format: '同比', hasColumn: true},
  'figure-previous-not-number': {
    name: '会商次数',
    value: '30余',
    format: '增减',
  },
  'figure-previous-not-positive': {name: '听证次数', value: '0'},
  'figure-change-large': {
    name: '立案数',
    value: '920件',
    previous: '461件',
    change: '增长99.6%',
  },
  'row-not-updated': {row: '夯实法治工作基础。', office: '党政办'},
  'year-of-last-report': {
    year: 2024,
    reportYear: 2025,
    excerpt: '2024年以街道名义立案',
  },
};

describe('the year-on-year codes', () => {
  it.each(Object.keys(PARAMS) as (keyof YearOnYearParams)[])(
    'words %s in Chinese, naming the figure or row and saying what to do',
    code => {
      const message = (
        YEAR_ON_YEAR_CODES[code].message as (p: unknown) => string
      )(PARAMS[code]);
      expect(message).toMatch(/请/);
      const params: Record<string, unknown> = PARAMS[code];
      const named = params.name ?? params.row ?? params.excerpt;
      expect(message).toContain(named);
      expect(message).not.toMatch(/undefined/);
    },
  );

  it('tells a workbook without the 上年数值 column to add it', () => {
    const message = YEAR_ON_YEAR_CODES['figure-previous-missing'].message({
      name: '立案数',
      format: '上年',
      hasColumn: false,
    });
    expect(message).toContain('没有“上年数值”列');
  });

  it('makes a change over half a hint and a stale row a warning', () => {
    expect(YEAR_ON_YEAR_CODES['figure-change-large'].severity).toBe('info');
    expect(YEAR_ON_YEAR_CODES['row-not-updated'].severity).toBe('warning');
    expect(YEAR_ON_YEAR_CODES['figure-previous-missing'].severity).toBe(
      'error',
    );
  });
});
