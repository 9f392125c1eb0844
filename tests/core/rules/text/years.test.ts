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

  it('hints {{年度}} for the report year typed in part 一 and {{下年度}} in part 四', () => {
    const one = findingsOfText('2024年以街道名义立案。');
    const four = findingsOfText('2025年重点推进。', {part: PART_FOUR});
    expect([
      ...withCode(one, 'year-typed'),
      ...withCode(four, 'year-typed'),
    ]).toEqual([
      ['一、举措成效!C2', expect.objectContaining({placeholder: '{{年度}}'})],
      ['四、下年安排!C2', expect.objectContaining({placeholder: '{{下年度}}'})],
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
