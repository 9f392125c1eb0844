import {figureFindings, messages, where} from './figure-workbook';

describe('names in 合计于 and 不超过', () => {
  it('flags 数据!D3 when 合计于 names no figure, suggesting the closest name', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件'},
      {name: '普通程序案件数', value: 315, unit: '件', partOf: '立案总数'},
    ]);
    expect(where(findings)).toEqual(['数据!D3 relation-unknown']);
    expect(findings[0].severity).toBe('error');
    expect(messages(findings)[0]).toContain(
      '“合计于”填的是“立案总数”，但“数据”表中没有这个指标，是否想写“立案数”？',
    );
  });

  it('flags 数据!E3 when 不超过 names no figure', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件'},
      {name: '重大案件数', value: 6, unit: '件', notExceeding: '立案件数'},
    ]);
    expect(where(findings)).toEqual(['数据!E3 relation-unknown']);
    expect(messages(findings)[0]).toContain('是否想写“立案数”');
  });

  it('offers no suggestion when no figure name is close', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件'},
      {name: '重大案件数', value: 6, unit: '件', notExceeding: '行政复议听证'},
    ]);
    expect(messages(findings)[0]).not.toContain('是否想写');
  });

  it('does not suggest the figure’s own name for its unknown relation', () => {
    const findings = figureFindings([
      {name: '重大案件数', value: 6, unit: '件', notExceeding: '重大案件'},
    ]);
    expect(messages(findings)[0]).not.toContain('是否想写');
  });

  it('accepts relations that name existing figures', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件'},
      {name: '普通程序案件数', value: 461, unit: '件', partOf: '立案数'},
      {name: '重大案件数', value: 6, unit: '件', notExceeding: '立案数'},
    ]);
    expect(findings).toEqual([]);
  });

  it('flags a figure whose 合计于 names itself', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件', partOf: '立案数'},
    ]);
    expect(where(findings)).toEqual(['数据!D2 relation-to-itself']);
    expect(messages(findings)[0]).toContain('它所属的合计指标');
  });

  it('flags a figure whose 不超过 names itself', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件', notExceeding: '立案数'},
    ]);
    expect(where(findings)).toEqual(['数据!E2 relation-to-itself']);
  });
});
