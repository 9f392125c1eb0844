import {figureFindings, messages, where} from './figure-workbook';

describe('limits of 不超过', () => {
  it('flags 重大案件数 above 立案数 at its own 数值 cell', () => {
    const findings = figureFindings([
      {name: '立案数', value: 461, unit: '件'},
      {name: '重大案件数', value: 500, unit: '件', notExceeding: '立案数'},
    ]);
    expect(where(findings)).toEqual(['数据!B3 limit-exceeded']);
    expect(findings[0].severity).toBe('error');
    expect(messages(findings)[0]).toContain(
      '重大案件数500件超过立案数461件，多出39件',
    );
  });

  it('accepts a figure equal to its limit', () => {
    const findings = figureFindings([
      {name: '普通程序案件数', value: 315, unit: '件'},
      {
        name: '自查普通程序案卷数',
        value: 315,
        unit: '件',
        notExceeding: '普通程序案件数',
      },
    ]);
    expect(findings).toEqual([]);
  });

  it('skips the comparison quietly when either side is approximate', () => {
    const findings = figureFindings([
      {name: '立案数', value: '400余', unit: '件'},
      {name: '重大案件数', value: 500, unit: '件', notExceeding: '立案数'},
      {
        name: '简案快办数',
        value: '500余',
        unit: '件',
        notExceeding: '重大案件数',
      },
    ]);
    expect(findings).toEqual([]);
  });

  it('compares rates and words the excess in 个百分点', () => {
    const findings = figureFindings([
      {name: '持证率', value: '80%'},
      {name: '培训覆盖率', value: '82.5%', notExceeding: '持证率'},
    ]);
    expect(messages(findings)[0]).toContain(
      '培训覆盖率82.5%超过持证率80%，多出2.5个百分点',
    );
  });
});
