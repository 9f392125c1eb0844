// Rule 7: typed years against the report year (报告年度), in section text and 报告标题.
// A year the built-ins can write ({{年度}}, {{下年度}}, {{上年度}}) gets a hint.

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
const PLAN_PART = 4;
const TITLE_MARKS = [['《', '》']] as const;

/**
 * In 导语 and parts 一、二、三、五 a year after the report year is a warning, not an error: the
 * report is written early the next year, so "截至2025年1月" or a target year may be right, but
 * a paragraph copied from another year often is not. In part 四 (the plan for the next year)
 * the report year is a warning. In 报告标题 any other year is an error. Years in 《…》, after
 * 到 or 至 or a range dash, and in placeholders are not read. No 报告年度, no findings.
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
    const findings: Finding[] = [];
    for (const m of years) {
      if (findings.length >= MAX_FINDINGS_PER_RULE) break;
      const before = digits[m.index - 1];
      if (isDigit(before) || RANGE_OR_TARGET.test(before ?? '')) continue;
      if (inTitle[m.index]) continue;
      const at = excerpt(text, m.index, m.index + m[0].length);
      findings.push(...yearFindings(source, Number(m[1]), reportYear, at));
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
  if (origin.part === PLAN_PART) {
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
  return offset === -1 ? typed('{{上年度}}') : [];
}
