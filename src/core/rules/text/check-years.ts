// Rule 7: typed years against the report year (报告年度), in section text and 报告标题.
// A year the built-ins can write ({{年度}}, {{下年度}}, {{上年度}}) gets a hint, unless it dates
// something that stays put when the report moves to the next year: a citation ("（2023年修订）",
// "《…》（2022年）"), a past event ("2019年印发的", "2022年起", "自2021年以来", "2023年度考核").

import {finding, type Finding} from '../../findings/finding';
import {halfWidthDigits, isDigit} from './char-classes';
import {enclosedBy} from './enclosed';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

const YEAR = /(20\d{2})年/g;
/** Before a year: the end of a range or a target ("到2035年", "2021—2025年", "截至2025年"). */
const RANGE_OR_TARGET = /[到至—－\-~～]/;
const TITLE_MARKS = [['《', '》']] as const;
const BRACKETS = [
  ['（', '）'],
  ['(', ')'],
] as const;
/** An optional month and day after 年, as in "2025年1月1日". */
const DATE = '(?:\\d{1,2}月(?:\\d{1,2}日)?)?';
/** After a year: a document's dates (cited, not the report's own time), so no finding at all. */
const CITED_AFTER = new RegExp(
  `^${DATE}(?:起)?(?:修订|修正|修改|印发|颁布|发布|出台|制定|施行|实施|通过|公布)`,
);
/** After a year: an event or a named period fixed in time, so no hint to use a built-in. */
const FIXED_AFTER = new RegExp(
  `^(?:度|${DATE}(?:起|以来|至今|成立|设立|组建|获评|荣获|被评为|被命名|被确定|入选|开始))`,
);
/** Before a year: "自2021年", "从2022年", "于2019年". */
const FIXED_BEFORE = /[自从于]/;

/**
 * Outside the plan a year after the report year is a warning, not an error: the report is
 * written early the next year, so "截至2025年1月" or a target year may be right, but a paragraph
 * copied from another year often is not. In the plan (a 章 headed 安排, 计划, 下一步 …, see
 * plan-headings.ts) the report year is a warning. In 报告标题 any other year is an error. Years
 * in 《…》, after 到 or 至 or a range dash, in placeholders and in citations are not read. No
 * 报告年度, no findings.
 */
export function yearRule(
  reportYear: number | undefined,
): (source: TextSource) => Finding[] {
  if (reportYear === undefined) return () => [];
  return source => {
    const {text, masked, origin} = source;
    if (origin.kind === 'setting' && origin.key !== '报告标题') return [];
    const digits = halfWidthDigits(masked);
    const years = matchesOf(YEAR, digits);
    if (years.length === 0) return [];
    const inTitle = enclosedBy(masked, TITLE_MARKS);
    const inBrackets = enclosedBy(masked, BRACKETS);
    const findings: Finding[] = [];
    for (const m of years) {
      if (findings.length >= MAX_FINDINGS_PER_RULE) break;
      const before = digits[m.index - 1];
      if (isDigit(before) || RANGE_OR_TARGET.test(before ?? '')) continue;
      if (inTitle[m.index]) continue;
      const end = m.index + m[0].length;
      // A short look after the year is enough for the words it is matched against.
      const after = digits.slice(end, end + 12);
      const row = origin.kind === 'row';
      if (row && (inBrackets[m.index] || CITED_AFTER.test(after))) continue;
      const fixed =
        row && (FIXED_BEFORE.test(before ?? '') || FIXED_AFTER.test(after));
      const at = excerpt(text, m.index, end);
      findings.push(
        ...yearFindings(source, Number(m[1]), reportYear, at).filter(
          f =>
            !(
              fixed &&
              (f.code === 'year-typed' || f.code === 'year-of-last-report')
            ),
        ),
      );
    }
    return findings;
  };
}

/** What one typed year means where it stands: a contradiction, a hint, or nothing. */
function yearFindings(
  {cell, origin}: TextSource,
  year: number,
  reportYear: number,
  at: string,
): Finding[] {
  const offset = year - reportYear;
  const typed = (placeholder: string) => [
    finding('year-typed', cell, {year, placeholder, excerpt: at}),
  ];
  if (origin.kind === 'setting') {
    return offset === 0
      ? typed('{{年度}}')
      : [finding('title-year-differs', cell, {year, reportYear, excerpt: at})];
  }
  if (origin.plan) {
    if (offset === 1) return typed('{{下年度}}');
    if (offset !== 0) return [];
    const nextYear = reportYear + 1;
    return [
      finding('year-is-report-year-in-plan', cell, {
        year,
        nextYear,
        excerpt: at,
      }),
    ];
  }
  if (offset > 0) {
    return [
      finding('year-after-report-year', cell, {year, reportYear, excerpt: at}),
    ];
  }
  if (offset === 0) return typed('{{年度}}');
  if (offset !== -1) return [];
  // Text carried over unchanged: its "last year" was "this year" when it was written.
  if (origin.carried) {
    return [
      finding('year-of-last-report', cell, {year, reportYear, excerpt: at}),
    ];
  }
  return typed('{{上年度}}');
}
