import {
  codesAt,
  FILLER,
  findingsOfRows,
  findingsOfText,
  withCode,
} from './text-findings';

const FIGURES = [
  ['持证人数', 42, '人'],
  ['应持证人数', 52, '人'],
  ['持证率', 42 / 52, '%'],
  ['执法会商次数', '30余', '次'],
  ['调解标的金额', 4812345, '元'],
  ['重大行政决策事项数', 1, '件'],
  ['合法性审查决策数', 1, '件'],
] as const;

describe('numbers typed where a figure belongs (rule 8)', () => {
  it('hints {{持证人数}} at 一、举措成效!C5 for 42人 typed while 持证人数 is 42 人', () => {
    const findings = findingsOfRows(
      [...FILLER, ['段落', '', '累计42人持证。']],
      {figures: FIGURES},
    );
    expect(withCode(findings, 'number-matches-figure')).toEqual([
      [
        '一、举措成效!C5',
        {
          typed: '42人',
          names: ['持证人数'],
          placeholder: '{{持证人数}}人',
          excerpt: '累计42人持证。',
        },
      ],
    ]);
    expect(findings[0].severity).toBe('info');
  });

  it('suggests the percent format with the typed decimals for a rate', () => {
    const [finding] = findingsOfText('持证率80.8%。', {figures: FIGURES});
    expect(finding.params).toMatchObject({placeholder: '{{持证率|百分比1}}'});
  });

  it('matches approximate figures and amounts written in 万', () => {
    const findings = findingsOfText(
      '会商30余次，标的480余万元，合计481.23万元。',
      {
        figures: FIGURES,
      },
    );
    expect(
      withCode(findings, 'number-matches-figure').map(
        ([, p]) => (p as {placeholder: string}).placeholder,
      ),
    ).toEqual([
      '{{执法会商次数}}次',
      '{{调解标的金额|万余}}元',
      '{{调解标的金额|万}}元',
    ]);
  });

  it('names every figure with the same value and unit', () => {
    const [finding] = findingsOfText('确定1件重大行政决策事项。', {
      figures: FIGURES,
    });
    expect(finding.params).toMatchObject({
      names: ['重大行政决策事项数', '合法性审查决策数'],
    });
  });

  it('leaves other units, names, durations, ordinals, years and other values alone', () => {
    const findings = findingsOfText(
      '受理42件，设置“15分钟公共法律服务圈”，编制《42人名册》，第42人，用时3个月，2024年，累计43人，共{{持证人数}}人。',
      {figures: [...FIGURES, ['办公室数', 3, '个']]},
    );
    expect(codesAt(findings)).toEqual(['一、举措成效!C2 year-typed']);
  });

  it('reads no typed number in the text settings', () => {
    const findings = findingsOfText('正文。', {
      figures: FIGURES,
      settings: [
        ['单位名称', '古荡街道'],
        ['报告年度', 2024],
        ['落款单位', '古荡街道42人小组'],
      ],
    });
    expect(findings).toEqual([]);
  });
});
