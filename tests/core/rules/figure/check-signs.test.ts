import {figureFindings, messages, where} from './figure-workbook';

describe('checkSigns through checkFigure', () => {
  it('flags 数据!B2 as an error when a count is negative', () => {
    const findings = figureFindings([{name: '立案数', value: -3, unit: '件'}]);
    expect(where(findings)).toEqual(['数据!B2 count-negative']);
    expect(findings[0].severity).toBe('error');
    expect(messages(findings)[0]).toContain(
      '“立案数”是计数（单位“件”），数值却是负数 -3件',
    );
  });

  it('accepts a count of zero and a negative figure without a count or money unit', () => {
    const findings = figureFindings([
      {name: '立案数', value: 0, unit: '件'},
      {name: '气温', value: -3, unit: '℃'},
      {name: '净变动', value: -3},
    ]);
    expect(findings).toEqual([]);
  });

  it('flags money below zero in 万元 as an error at its 数值 cell', () => {
    const findings = figureFindings([
      {name: '立案数', value: 1, unit: '件'},
      {name: '调解标的金额', value: -480, unit: '万元'},
    ]);
    expect(where(findings)).toEqual(['数据!B3 money-negative']);
    expect(findings[0].severity).toBe('error');
  });

  it('accepts money of zero yuan', () => {
    expect(figureFindings([{name: '罚没金额', value: 0, unit: '元'}])).toEqual(
      [],
    );
  });

  it('warns when a rate such as 持证率 exceeds 100%', () => {
    const findings = figureFindings([{name: '持证率', value: 1.05, unit: '%'}]);
    expect(where(findings)).toEqual(['数据!B2 rate-out-of-range']);
    expect(findings[0].severity).toBe('warning');
    expect(messages(findings)[0]).toContain('数值 105% 超过了 100%');
  });

  it('warns when a rate typed as 85 with unit % reads as 8500%', () => {
    const findings = figureFindings([{name: '办结率', value: 85, unit: '%'}]);
    expect(messages(findings)[0]).toContain('8500%');
    expect(messages(findings)[0]).toContain('不要填 85');
  });

  it('warns when a rate typed as "-5%" is below 0%', () => {
    const findings = figureFindings([{name: '调解成功率', value: '-5%'}]);
    expect(where(findings)).toEqual(['数据!B2 rate-out-of-range']);
    expect(messages(findings)[0]).toContain('-5% 小于 0%');
  });

  it('accepts rates of exactly 0% and 100%', () => {
    const findings = figureFindings([
      {name: '调解受理率', value: 1, unit: '%'},
      {name: '败诉率', value: '0%'},
    ]);
    expect(findings).toEqual([]);
  });

  it('leaves rates that measure a change, such as 同比增长率 of -5% or 120%, alone', () => {
    const findings = figureFindings([
      {name: '案件同比增长率', value: -0.05, unit: '%'},
      {name: '咨询量增幅', value: '120%'},
    ]);
    expect(findings).toEqual([]);
  });

  it('leaves a negative rate to the rate rule, not the count rule', () => {
    const findings = figureFindings([
      {name: '持证率', value: '-5%', unit: '人'},
    ]);
    expect(where(findings)).toEqual(['数据!B2 rate-out-of-range']);
  });
});
