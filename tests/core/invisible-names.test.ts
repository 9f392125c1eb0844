// Invisible characters in a 指标 name or a placeholder (issue 9): reported at the right cell as
// invisible characters, never as "did you mean 持证人数?" about an identical-looking name.

import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {findingLine} from '../../src/core/findings/messages';
import {workbook} from '../helpers/workbook-grids';

/** The report and its findings, without the hints about part headings the small workbook gets. */
function build(figureName: string, text: string) {
  const report = buildReport(
    workbook({
      figures: [[figureName, 42, '人']],
      parts: {0: [['段落', '', text]]},
    }),
  );
  const findings = report.findings.filter(
    f => f.code !== 'part-without-heading',
  );
  return {...report, findings};
}

describe('invisible characters in names', () => {
  it('reports a zero-width space in 数据!A2 there, and the text still prints 42', () => {
    const report = build('持证\u200b人数', '共有执法人员{{持证人数}}人。');
    expect(report.findings.map(findingLine)).toEqual([
      expect.stringMatching(
        /^数据!A2 {2}警告 {2}指标名称“持证人数”夹有看不见的字符（U\+200B 零宽空格，在“持证”之后）/,
      ),
    ]);
    expect(documentParagraphs(report.document)).toContain('共有执法人员42人。');
  });

  it('reports a placeholder with a word joiner at its own cell, with no "did you mean"', () => {
    const report = build('持证人数', '共有执法人员{{持证人\u2060数}}人。');
    const lines = report.findings.map(findingLine);
    expect(lines).toEqual([
      expect.stringMatching(
        /^一、举措成效!C2 {2}警告 {2}占位符 \{\{持证人数\}\} 中夹有看不见的字符（U\+2060 零宽不换行空格，在“持证人”之后）/,
      ),
    ]);
    expect(lines.join('')).not.toContain('是否想写');
    expect(documentParagraphs(report.document)).toContain('共有执法人员42人。');
  });

  it.each([
    ['soft hyphen', '\u00ad'],
    ['byte order mark inside', '\ufeff'],
    ['right-to-left override', '\u202e'],
    ['first strong isolate', '\u2068'],
    ['zero-width non-joiner', '\u200c'],
  ])('treats a %s the same way', (_, ch) => {
    const report = build(`持证${ch}人数`, '{{持证人数}}');
    expect(report.findings.map(f => [f.code, f.cell.tab])).toEqual([
      ['name-invisible-character', '数据'],
    ]);
  });
});
