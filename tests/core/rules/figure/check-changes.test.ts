import {checkChanges} from '../../../../src/core/rules/figure/check-changes';
import {parseFigure} from '../../../../src/core/workbook/cell-text';
import type {CellValue} from '../../../../src/core/workbook/grid';
import type {Figure} from '../../../../src/core/workbook/report-model';
import {figureAt} from '../../../helpers/workbook-grids';

function figure(value: CellValue, previous: CellValue, unit = '件'): Figure {
  return {
    ...figureAt(2, '立案数', value, unit),
    previous: {
      value: parseFigure(previous),
      cell: {tab: '数据', row: 2, column: 9},
    },
  };
}

describe('checkChanges', () => {
  it('hints at 数据!B2 when a figure grew by more than half: 100 → 151', () => {
    expect(checkChanges([figure(151, 100)])).toEqual([
      {
        code: 'figure-change-large',
        severity: 'info',
        cell: {tab: '数据', row: 2, column: 2},
        params: {
          name: '立案数',
          value: '151件',
          previous: '100件',
          change: '增长51.0%',
        },
      },
    ]);
  });

  it('hints when a figure fell by more than half: 100 → 49', () => {
    expect(checkChanges([figure(49, 100)]).map(f => f.params)).toEqual([
      expect.objectContaining({change: '下降51.0%'}),
    ]);
  });

  it('says nothing at exactly half either way', () => {
    expect(checkChanges([figure(150, 100), figure(50, 100)])).toEqual([]);
  });

  it('says nothing without a number on both sides or with last year at 0', () => {
    expect(
      checkChanges([
        figure('', 100),
        figure(300, ''),
        figure(300, '30余'),
        figure(300, 0),
        figureAt(3, '无上年', 300, '件'),
      ]),
    ).toEqual([]);
  });
});
