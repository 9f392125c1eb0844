import {fingerprintWorkbook} from '../../../src/core/workbook/fingerprint';
import type {WorkbookGrids} from '../../../src/core/workbook/grid';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';

const grids = (data: unknown[][], log: unknown[][] = []): WorkbookGrids => ({
  tabs: [
    {name: '数据', grid: data as WorkbookGrids['tabs'][0]['grid']},
    {name: '生成记录', grid: log as WorkbookGrids['tabs'][0]['grid']},
  ],
});

describe('fingerprintWorkbook', () => {
  it('gives 16 hex digits and the same value for the same data', () => {
    const a = fingerprintWorkbook(sampleWorkbookGrids());
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintWorkbook(sampleWorkbookGrids())).toBe(a);
  });

  it('changes when one figure changes', () => {
    const before = fingerprintWorkbook(grids([['立案数', 461]]));
    expect(fingerprintWorkbook(grids([['立案数', 462]]))).not.toBe(before);
  });

  it('ignores trailing empty cells and the 生成记录 tab', () => {
    const before = fingerprintWorkbook(grids([['立案数', 461]]));
    expect(
      fingerprintWorkbook(grids([['立案数', 461, '', null]], [['v1']])),
    ).toBe(before);
  });

  it('tells apart values that would join into the same text', () => {
    expect(fingerprintWorkbook(grids([['ab', 'c']]))).not.toBe(
      fingerprintWorkbook(grids([['a', 'bc']])),
    );
  });
});
