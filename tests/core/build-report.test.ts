import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {READING_CODES} from '../../src/core/findings/reading-codes';
import {BASIC_SETTINGS, workbook} from '../helpers/workbook-grids';

describe('buildReport', () => {
  it('builds a clean workbook into a document with no findings', () => {
    const build = buildReport(
      workbook({
        figures: [['持证人数', 42, '人']],
        parts: {
          0: [['章', '主要举措', '累计{{持证人数}}人持证。']],
          1: [['章', '不足和原因', '无。']],
          2: [['章', '第一责任人职责', '无。']],
          3: [['章', '下年度安排', '无。']],
          4: [['章', '其他事项', '无。']],
        },
      }),
    );
    expect(build.findings).toEqual([]);
    expect(documentParagraphs(build.document).slice(0, 3)).toEqual([
      '古荡街道2024年度法治政府建设工作报告',
      '一、主要举措',
      '累计42人持证。',
    ]);
  });

  it('sorts the findings of reading and composing in workbook order', () => {
    const build = buildReport(
      workbook({
        settings: [
          ['单位名称', '古荡街道'],
          ['报告年度', '24'],
        ],
        figures: [
          ['持证人数', 2.5, '人'],
          ['复议案件数', '', '件'],
        ],
        parts: {
          0: [
            ['段落', '', '受理{{复议案件数}}件。'],
            ['小节', '', '正文'],
            ['段落', '', '{{持证人}}'],
          ],
          2: [['条', '', '']],
        },
      }),
    );
    const reading = build.findings.filter(f => f.code in READING_CODES);
    expect(reading.map(f => [f.code, f.cell])).toEqual([
      ['year-invalid', {tab: '基本信息', row: 3, column: 2}],
      ['figure-not-whole', {tab: '数据', row: 2, column: 2}],
      ['figure-empty', {tab: '数据', row: 3, column: 2}],
      ['level-unknown', {tab: '一、举措成效', row: 3, column: 1}],
      ['placeholder-unknown', {tab: '一、举措成效', row: 4, column: 3}],
      ['row-without-text', {tab: '三、第一责任人', row: 2, column: 2}],
    ]);
  });

  it('counts the paragraphs of the document, title and sign-off lines included', () => {
    const build = buildReport(
      workbook({
        settings: [
          ...BASIC_SETTINGS,
          ['落款单位', '古荡街道办事处'],
          ['成文日期', '2025-02-05'],
        ],
        parts: {0: [['章', '主要举措', '正文。']]},
      }),
    );
    // title, 一、 heading, its paragraph, four other parts, unit and date of the sign-off
    expect(build.stats.paragraphs).toBe(9);
    expect(build.stats.paragraphs).toBe(
      documentParagraphs(build.document).length,
    );
  });

  it('counts figures used in the text apart from figures defined', () => {
    const build = buildReport(
      workbook({
        figures: [
          ['持证人数', 42, '人'],
          ['持证率', 0.808, '%'],
          ['办案数', 7, '件'],
        ],
        parts: {
          0: [['段落', '', '{{持证人数}}人，{{持证率}}，又{{持证人数}}人。']],
        },
      }),
    );
    expect(build.stats.figuresUsed).toBe(2);
    expect(build.stats.figuresDefined).toBe(3);
  });
});

describe('documentParagraphs', () => {
  it('writes the sign-off as two paragraphs: unit then date', () => {
    const build = buildReport(
      workbook({
        settings: [
          ...BASIC_SETTINGS,
          ['落款单位', '古荡街道办事处'],
          ['成文日期', '2025-02-05'],
        ],
      }),
    );
    expect(documentParagraphs(build.document).slice(-2)).toEqual([
      '古荡街道办事处',
      '2025年2月5日',
    ]);
  });
});
