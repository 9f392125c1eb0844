import {yearOnYearOf} from '../../../src/core/custom-functions/year-on-year';
import {parseFigureFormat} from '../../../src/core/text/figure-format';
import {
  resolveText,
  type TextContext,
} from '../../../src/core/text/resolve-text';
import {parseFigure} from '../../../src/core/workbook/cell-text';
import type {CellValue} from '../../../src/core/workbook/grid';
import type {Figure} from '../../../src/core/workbook/report-model';
import {figureAt} from '../../helpers/workbook-grids';

const TEXT_CELL = {tab: '一、举措成效', row: 5, column: 3};

/** A figure of 数据 row `row` with 上年数值 in column I (9); `previous` undefined: no column. */
function withPrevious(
  row: number,
  name: string,
  value: CellValue,
  previous: CellValue | undefined,
  unit = '',
): Figure {
  const figure = figureAt(row, name, value, unit);
  if (previous === undefined) return figure;
  return {
    ...figure,
    previous: {
      value: parseFigure(previous),
      cell: {tab: '数据', row, column: 9},
    },
  };
}

function resolve(text: string, ...figures: Figure[]) {
  const context: TextContext = {
    figures: new Map(figures.map(f => [f.name, f])),
    builtins: new Map(),
  };
  return resolveText(text, TEXT_CELL, context);
}

describe('parseFigureFormat for the year-on-year formats', () => {
  it('reads 同比 with one decimal, 同比0–同比4, 上年 and 增减', () => {
    expect(parseFigureFormat('同比')).toEqual({
      kind: 'year-on-year',
      decimals: 1,
    });
    expect(parseFigureFormat('同比2')).toEqual({
      kind: 'year-on-year',
      decimals: 2,
    });
    expect(parseFigureFormat('上年')).toEqual({kind: 'previous'});
    expect(parseFigureFormat('增减')).toEqual({kind: 'change'});
    expect(parseFigureFormat('同比5')).toBeUndefined();
  });
});

describe('resolveText with 同比, 上年 and 增减', () => {
  const cases = withPrevious(2, '立案数', 461, 410, '件');

  it('writes 461 against 410 as 增长12.4%, 上年 410 and 增加51件', () => {
    const r = resolve(
      '立案{{立案数}}件，同比{{立案数|同比}}，上年{{立案数|上年}}件，{{立案数|增减}}。',
      cases,
    );
    expect(r.findings).toEqual([]);
    expect(r.text).toBe('立案461件，同比增长12.4%，上年410件，增加51件。');
    expect(r.used).toEqual(['立案数', '立案数', '立案数', '立案数']);
  });

  it('words 同比 exactly as FZ_YOY does, falls and no change included', () => {
    for (const [now, before] of [
      [461, 410],
      [96.9, 100],
      [10001, 10000],
      [3, 7],
    ]) {
      const r = resolve('{{数|同比}}', withPrevious(2, '数', now, before));
      expect(r.text).toBe(yearOnYearOf(now, before));
    }
  });

  it('writes a fall as 减少 and no difference as 持平', () => {
    expect(
      resolve('{{数|增减}}', withPrevious(2, '数', 7, 10, '起')).text,
    ).toBe('减少3起');
    expect(resolve('{{数|增减}}', withPrevious(2, '数', 7, 7, '起')).text).toBe(
      '持平',
    );
  });

  it('writes the change of a rate in percentage points and 上年 as a percentage', () => {
    const rate = withPrevious(3, '持证率', 0.9, 0.808, '%');
    const r = resolve('{{持证率|上年}}，{{持证率|增减}}', rate);
    expect(r.text).toBe('80.8%，提高9.2个百分点');
  });

  it('flags 数据!I2 when 上年数值 is empty, and leaves the placeholder as typed', () => {
    const r = resolve('{{立案数|同比}}', withPrevious(2, '立案数', 461, ''));
    expect(r.text).toBe('{{立案数|同比}}');
    expect(r.findings.map(f => [f.code, f.severity, f.cell, f.params])).toEqual(
      [
        [
          'figure-previous-missing',
          'error',
          {tab: '数据', row: 2, column: 9},
          {name: '立案数', format: '同比', hasColumn: true},
        ],
      ],
    );
  });

  it('flags the 指标 cell when 数据 has no 上年数值 column at all', () => {
    const r = resolve('{{立案数|上年}}', figureAt(4, '立案数', 461, '件'));
    expect(r.findings.map(f => [f.code, f.cell, f.params])).toEqual([
      [
        'figure-previous-missing',
        {tab: '数据', row: 4, column: 1},
        {name: '立案数', format: '上年', hasColumn: false},
      ],
    ]);
  });

  it('flags an approximate 上年数值 such as 30余 for 增减', () => {
    const r = resolve(
      '{{会商|增减}}',
      withPrevious(2, '会商', 35, '30余', '次'),
    );
    expect(r.findings.map(f => [f.code, f.params])).toEqual([
      [
        'figure-previous-not-number',
        {name: '会商', value: '30余', format: '增减'},
      ],
    ]);
  });

  it('flags 同比 against a 上年数值 of 0, which has no rate, but writes 增减', () => {
    const figure = withPrevious(2, '听证', 4, 0, '次');
    expect(resolve('{{听证|同比}}', figure).findings.map(f => f.code)).toEqual([
      'figure-previous-not-positive',
    ]);
    expect(resolve('{{听证|增减}}', figure).text).toBe('增加4次');
  });

  it('flags this year’s empty 数值 at 数据!B2 for 同比 but writes 上年 without it', () => {
    const figure = withPrevious(2, '立案数', '', 410, '件');
    expect(
      resolve('{{立案数|同比}}', figure).findings.map(f => [
        f.code,
        f.cell.column,
      ]),
    ).toEqual([['figure-empty', 2]]);
    expect(resolve('{{立案数|上年}}', figure).text).toBe('410');
  });
});
