import {figureFindings, messages, where} from './figure-workbook';

describe('targets of 目标', () => {
  it('warns at 数值 when 持证率 42/52 misses its target of ≥85%', () => {
    const findings = figureFindings([
      {name: '持证率', value: 42 / 52, unit: '%', target: '≥85%'},
    ]);
    expect(where(findings)).toEqual(['数据!B2 target-missed']);
    expect(findings[0].severity).toBe('warning');
    expect(messages(findings)[0]).toContain('持证率80.8%，低于目标85%');
  });

  it('accepts a rate that meets its target exactly or above', () => {
    const findings = figureFindings([
      {name: '持证率', value: 0.85, unit: '%', target: '≥85%'},
      {name: '办结率', value: '86%', target: '不低于85%'},
      {name: '调解成功率', value: 0.9, unit: '%', target: '≥ 0.85'},
    ]);
    expect(findings).toEqual([]);
  });

  it('shows enough decimals that a narrow miss does not read as met', () => {
    const findings = figureFindings([
      {name: '持证率', value: 0.8496, unit: '%', target: '85%以上'},
    ]);
    expect(messages(findings)[0]).toContain('持证率84.96%，低于目标85%');
  });

  it('warns when a count is above its ceiling of ≤10', () => {
    const findings = figureFindings([
      {name: '行政诉讼败诉数', value: 12, unit: '件', target: '≤10'},
    ]);
    expect(messages(findings)[0]).toContain(
      '行政诉讼败诉数12件，高于目标上限10件',
    );
  });

  it('accepts a count within its ceiling', () => {
    const findings = figureFindings([
      {name: '行政诉讼败诉数', value: 10, unit: '件', target: '控制在10件以内'},
    ]);
    expect(findings).toEqual([]);
  });

  it('treats a strict target met only by a larger value', () => {
    const equal = figureFindings([
      {name: '办结率', value: '90%', target: '>90%'},
    ]);
    expect(messages(equal)[0]).toContain('办结率90%，未超过目标90%');
    expect(
      figureFindings([{name: '办结率', value: '91%', target: '>90%'}]),
    ).toEqual([]);
  });

  it('warns at 数据!F2 when the target cannot be read', () => {
    const findings = figureFindings([
      {name: '持证率', value: 0.8, unit: '%', target: '较上年提高'},
    ]);
    expect(where(findings)).toEqual(['数据!F2 target-unparsable']);
    expect(findings[0].severity).toBe('warning');
    expect(messages(findings)[0]).toContain('目标“较上年提高”无法识别');
  });

  it('does not compare a percent target with a count', () => {
    const findings = figureFindings([
      {name: '持证人数', value: 42, unit: '人', target: '≥85%'},
    ]);
    expect(where(findings)).toEqual(['数据!F2 target-unparsable']);
  });

  it('skips an approximate value quietly', () => {
    const findings = figureFindings([
      {name: '执法会商次数', value: '30余', unit: '次', target: '≥50'},
    ]);
    expect(findings).toEqual([]);
  });
});
