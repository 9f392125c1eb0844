// Rule 8: a number typed in section text with a unit ("累计42人持证") that equals a figure of
// 数据 in that unit: a hint to write {{持证人数}} so the text follows the data. Numbers in
// 《…》 and “…”, after 第, and before words such as 分钟 or 个月 are names or durations.

import {finding, type Finding} from '../../findings/finding';
import type {Figure} from '../../workbook/report-model';
import {halfWidthDigits, isDigit, isLatin} from './char-classes';
import {enclosedBy} from './enclosed';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {figureUnit, type TypedAmount} from './figure-match';
import {FigureMatcher} from './figure-matcher';
import {matchesOf} from './matches-of';
import {MASK, type TextSource} from './text-source';

const NUMBER = /(\d+(?:\.\d+)?)([余多]?)/g;
const NAME_MARKS = [
  ['《', '》'],
  ['“', '”'],
] as const;

/** Words that start with a figure unit but measure something else ("15分钟", "3个月"). */
export const NOT_FIGURE_WORDS = [
  '个月',
  '个工作日',
  '个小时',
  '个百分点',
  '分钟',
  '人民',
  '次日',
  '名单',
  '元旦',
] as const;

export function typedFigureRule(
  figures: readonly Figure[],
): (source: TextSource) => Finding[] {
  const units = [...new Set(figures.map(figureUnit).filter(u => u !== ''))];
  units.sort((a, b) => b.length - a.length);
  if (units.length === 0) return () => [];
  const matcher = new FigureMatcher(figures);
  return source => {
    if (source.origin.kind !== 'row') return [];
    const digits = halfWidthDigits(source.masked);
    // Which characters stand in a name: worked out for the first number with a unit only.
    let named: readonly boolean[] | undefined;
    const findings: Finding[] = [];
    for (const m of matchesOf(NUMBER, digits)) {
      if (findings.length >= MAX_FINDINGS_PER_RULE) break;
      if (!standsAlone(digits, m.index)) continue;
      const afterNumber = m.index + m[0].length;
      const amounts = amountsAt(digits, afterNumber, m, units);
      if (amounts.length === 0) continue;
      named = named ?? enclosedBy(source.masked, NAME_MARKS);
      if (named[m.index]) continue;
      for (const [amount, end] of amounts) {
        const hint = figureHint(source, matcher, amount, m.index, end);
        if (hint) {
          findings.push(hint);
          break;
        }
      }
    }
    return findings;
  };
}

/** A number that is not the tail of another number, a code, an ordinal (第3) or a placeholder. */
function standsAlone(digits: string, at: number): boolean {
  const before = digits[at - 1];
  if (isDigit(before) || isLatin(before) || before === '.') return false;
  if (before === ',' && isDigit(digits[at - 2])) return false;
  return before !== '第' && before !== MASK;
}

/** The hint for `amount` typed from `start` to `end`, if figures hold that value and unit. */
function figureHint(
  {text, cell}: TextSource,
  matcher: FigureMatcher,
  amount: TypedAmount,
  start: number,
  end: number,
): Finding | undefined {
  const matches = matcher.matches(amount);
  if (matches.length === 0) return undefined;
  const [{name, format}] = matches;
  const placeholder = `{{${format === '' ? name : `${name}|${format}`}}}`;
  return finding('number-matches-figure', cell, {
    typed: text.slice(start, end),
    names: matches.map(x => x.name),
    // A rate's placeholder writes its own "%".
    placeholder: amount.unit === '%' ? placeholder : placeholder + amount.unit,
    excerpt: excerpt(text, start, end),
  });
}

/** The amounts a number can form with a unit right after it, directly or after 万 or 亿. */
function amountsAt(
  text: string,
  at: number,
  m: RegExpExecArray,
  units: readonly string[],
): [TypedAmount, number][] {
  const out: [TypedAmount, number][] = [];
  const base = {digits: m[1], approximate: m[2] !== ''};
  for (const multiplier of ['', '万', '亿']) {
    if (multiplier !== '' && text[at] !== multiplier) continue;
    const unitAt = at + multiplier.length;
    const unit = units.find(u => text.startsWith(u, unitAt));
    if (unit === undefined || isOtherWord(text, unitAt, unit)) continue;
    out.push([{...base, multiplier, unit}, unitAt + unit.length]);
  }
  return out;
}

function isOtherWord(text: string, at: number, unit: string): boolean {
  return NOT_FIGURE_WORDS.some(
    w => w.length > unit.length && w.startsWith(unit) && text.startsWith(w, at),
  );
}
