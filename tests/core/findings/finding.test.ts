import {
  countBySeverity,
  finding,
  hasErrors,
  SEVERITY_OF,
  sortFindings,
  type Finding,
} from '../../../src/core/findings/finding';
import {cellRef} from '../../../src/core/workbook/cell-ref';

const at = (tab: string, row: number, column: number): Finding =>
  finding('figure-empty', cellRef(tab, row, column), {
    name: `${tab}${row}${column}`,
    office: '',
  });

describe('finding', () => {
  it('takes its severity from SEVERITY_OF', () => {
    const f = finding('figure-not-whole', cellRef('数据', 7, 2), {
      name: '持证人数',
      value: '2.5',
      unit: '人',
    });
    expect(f).toEqual({
      code: 'figure-not-whole',
      severity: 'error',
      cell: {tab: '数据', row: 7, column: 2},
      params: {name: '持证人数', value: '2.5', unit: '人'},
    });
  });

  it('gives every code a severity of error, warning or info', () => {
    for (const severity of Object.values(SEVERITY_OF)) {
      expect(['error', 'warning', 'info']).toContain(severity);
    }
  });
});

describe('sortFindings', () => {
  const ORDER = ['基本信息', '数据', '一、举措成效'];

  it('sorts by tab order first, then row, then column', () => {
    const findings = [
      at('一、举措成效', 2, 1),
      at('数据', 7, 2),
      at('数据', 3, 2),
      at('数据', 3, 1),
      at('基本信息', 9, 2),
    ];
    expect(sortFindings(findings, ORDER).map(f => f.cell)).toEqual([
      {tab: '基本信息', row: 9, column: 2},
      {tab: '数据', row: 3, column: 1},
      {tab: '数据', row: 3, column: 2},
      {tab: '数据', row: 7, column: 2},
      {tab: '一、举措成效', row: 2, column: 1},
    ]);
  });

  it('puts findings on tabs outside the workbook order last, keeping their order', () => {
    const findings = [
      at('三、第一责任人', 1, 1),
      at('数据', 2, 2),
      at('二、不足原因', 1, 1),
    ];
    expect(sortFindings(findings, ORDER).map(f => f.cell.tab)).toEqual([
      '数据',
      '三、第一责任人',
      '二、不足原因',
    ]);
  });

  it('returns a new array and leaves the input order alone', () => {
    const findings = [at('数据', 7, 2), at('数据', 3, 2)];
    const sorted = sortFindings(findings, ORDER);
    expect(sorted).not.toBe(findings);
    expect(findings.map(f => f.cell.row)).toEqual([7, 3]);
  });
});

describe('countBySeverity', () => {
  it('counts errors, warnings and infos', () => {
    const findings = [
      at('数据', 2, 2),
      at('数据', 3, 2),
      finding('row-without-text', cellRef('一、举措成效', 4, 2), {level: '条'}),
    ];
    expect(countBySeverity(findings)).toEqual({error: 2, warning: 1, info: 0});
  });

  it('counts zero of each for no findings', () => {
    expect(countBySeverity([])).toEqual({error: 0, warning: 0, info: 0});
  });
});

describe('hasErrors', () => {
  it('is true only when some finding is an error', () => {
    const warning = finding('row-without-text', cellRef('一、举措成效', 4, 2), {
      level: '条',
    });
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, at('数据', 2, 2)])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});
