import {BASIC_SETTINGS} from '../../../helpers/workbook-grids';
import {
  codesAt,
  findingsOfRows,
  findingsOfText,
  withCode,
} from './text-findings';

const PART_FOUR = 3;

describe('years against the report year (rule 7)', () => {
  it('warns at a year after the report year in part 一', () => {
    expect(
      withCode(
        findingsOfText('2025年以来，街道开展学法。'),
        'year-after-report-year',
      ),
    ).toEqual([
      [
        '一、举措成效!C2',
        {year: 2025, reportYear: 2024, excerpt: '2025年以来，街道开…'},
      ],
    ]);
  });

  it('warns at the report year in the 章 title of part 四', () => {
    const findings = findingsOfRows(
      [['章', '2024年推进法治政府建设的主要安排', '']],
      {part: PART_FOUR},
    );
    expect(withCode(findings, 'year-is-report-year-in-plan')).toEqual([
      [
        '四、下年安排!B2',
        {year: 2024, nextYear: 2025, excerpt: '2024年推进法治政府…'},
      ],
    ]);
  });

  it('reports a 报告标题 whose year is not the report year as an error', () => {
    const findings = findingsOfText('正文。', {
      settings: [
        ...BASIC_SETTINGS,
        ['报告标题', '古荡街道2023年度法治政府建设工作报告'],
      ],
    });
    expect(findings.map(f => [f.code, f.severity, f.cell])).toEqual([
      ['title-year-differs', 'error', {tab: '基本信息', row: 4, column: 2}],
    ]);
  });

  it('hints {{年度}} for the report year typed in part 一 and {{下年度}} in the plan', () => {
    const one = findingsOfText('2024年以街道名义立案。');
    const four = findingsOfRows(
      [
        ['章', '下一年度推进法治政府建设的主要安排', ''],
        ['段落', '', '2025年重点推进。'],
      ],
      {part: PART_FOUR},
    );
    expect([
      ...withCode(one, 'year-typed'),
      ...withCode(four, 'year-typed'),
    ]).toEqual([
      ['一、举措成效!C2', expect.objectContaining({placeholder: '{{年度}}'})],
      ['四、下年安排!C3', expect.objectContaining({placeholder: '{{下年度}}'})],
    ]);
  });

  it('leaves years in 《…》, after 到 or 至, in ranges and in placeholders alone', () => {
    const findings = findingsOfText(
      '根据《西湖区2025年法治政府建设工作要点》，到2035年基本建成，截至2025年1月，落实《纲要（2021—2025年）》，{{年度}}年以来。',
    );
    expect(findings).toEqual([]);
  });

  it('accepts the report year in a document title in part 四', () => {
    const findings = findingsOfText(
      '对照《西湖区2024年法治政府建设工作要点》查漏补缺。',
      {
        part: PART_FOUR,
      },
    );
    expect(codesAt(findings)).toEqual([]);
  });

  it('checks no year when 报告年度 is not a valid year', () => {
    const findings = findingsOfText('2030年以来。', {
      settings: [
        ['单位名称', '古荡街道'],
        ['报告年度', '24'],
      ],
    });
    expect(findings).toEqual([]);
  });
});

describe('years in citations and past events (issue 8)', () => {
  it.each([
    '认真贯彻《浙江省行政复议条例》（2023年修订），依法办理复议案件。',
    '对照《青山县行政执法监督办法》（2023年）逐项整改。',
    '2023年起，街道推行“首违不罚”清单制度。',
    '自2023年以来，累计培训法律明白人。',
    '街道在2023年度法治政府建设考核中获评优秀。',
    '严格执行2023年印发的《重大行政决策程序规定》。',
    '《青山县规范性文件管理办法》于2023年5月印发。',
    '落实《行政复议法》（2024年1月1日起施行）的各项要求。',
    '2023年12月成立街道法治建设领导小组。',
  ])('suggests no built-in for the year in %s', text => {
    expect(findingsOfText(text)).toEqual([]);
  });

  it('still hints {{上年度}} for a comparison with the year before', () => {
    expect(
      withCode(findingsOfText('与2023年相比，复议纠错率下降。'), 'year-typed'),
    ).toEqual([
      ['一、举措成效!C2', expect.objectContaining({placeholder: '{{上年度}}'})],
    ]);
  });

  it('still warns at a later year that dates no citation', () => {
    expect(codesAt(findingsOfText('2025年，街道完成全部整改。'))).toEqual([
      '一、举措成效!C2 year-after-report-year',
    ]);
  });
});

describe('the plan found by its heading, not by its tab (issue 8)', () => {
  it('reads 2025年工作安排 as the plan in tab 三, with no warning', () => {
    const findings = findingsOfRows(
      [
        ['章', '2025年工作安排', ''],
        ['段落', '', '2025年将重点推进复议应诉工作。'],
      ],
      {part: 2},
    );
    expect(withCode(findings, 'year-after-report-year')).toEqual([]);
    expect(withCode(findings, 'year-typed').map(([cell]) => cell)).toEqual([
      '三、第一责任人!B2',
      '三、第一责任人!C3',
    ]);
  });

  it.each([
    '下一步工作打算',
    '{{下年度}}年工作计划',
    '今后工作思路',
    '明年重点工作',
  ])('reads a 章 headed %s as the plan', heading => {
    const findings = findingsOfRows(
      [
        ['章', heading, ''],
        ['段落', '', '2024年的经验要继续坚持。'],
      ],
      {part: 4},
    );
    expect(withCode(findings, 'year-is-report-year-in-plan')).toHaveLength(1);
  });

  it('does not read tab 四 as the plan when its 章 is about something else', () => {
    const findings = findingsOfRows(
      [
        ['章', '其他需要报告的情况', ''],
        ['段落', '', '2024年街道未发生行政复议败诉案件。'],
      ],
      {part: PART_FOUR},
    );
    expect(codesAt(findings)).toEqual(['四、下年安排!C3 year-typed']);
  });

  it('ends the plan at the next 章', () => {
    const findings = findingsOfRows(
      [
        ['章', '2025年工作安排', ''],
        ['章', '其他需要报告的情况', ''],
        ['段落', '', '2025年街道将迎来上级督察。'],
      ],
      {part: 3},
    );
    expect(codesAt(findings)).toEqual([
      '四、下年安排!B2 year-typed',
      '四、下年安排!C4 year-after-report-year',
    ]);
  });
});
