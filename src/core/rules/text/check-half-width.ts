// Rule 3: half-width punctuation (, . ; : ? ! ( )) next to Chinese text, where the full-width
// mark belongs. Numbers (80.8, 1,234), times (14:30), list numbers (1.), URLs, e-mail
// addresses and placeholders are left alone. One finding per mark and cell, with a count.

import {finding, type Finding} from '../../findings/finding';
import {isChinese, isDigit} from './char-classes';
import {excerpt} from './excerpt';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

/** The full-width mark for each half-width one; both brackets are reported as one pair. */
const FULL_WIDTH: Readonly<Record<string, readonly [string, string]>> = {
  ',': [',', '，'],
  '.': ['.', '。'],
  ';': [';', '；'],
  ':': [':', '：'],
  '?': ['?', '？'],
  '!': ['!', '！'],
  '(': ['()', '（）'],
  ')': ['()', '（）'],
};

/** The keys of FULL_WIDTH (global). */
const HALF_WIDTH_MARK = /[,.;:?!()]/g;

export function checkHalfWidth(source: TextSource): Finding[] {
  const {text, masked, cell} = source;
  const seen = new Map<string, {first: number; count: number}>();
  for (const {index: i, 0: ch} of matchesOf(HALF_WIDTH_MARK, masked)) {
    if (!belongsFullWidth(masked, i)) continue;
    const [mark] = FULL_WIDTH[ch];
    const entry = seen.get(mark);
    if (entry) entry.count += 1;
    else seen.set(mark, {first: i, count: 1});
  }
  return [...seen].map(([mark, {first, count}]) =>
    finding('punctuation-half-width', cell, {
      mark,
      replacement: FULL_WIDTH[masked[first]][1],
      count,
      excerpt: excerpt(text, first),
    }),
  );
}

/** Whether the half-width mark at `i` stands in Chinese text rather than in a number or code. */
function belongsFullWidth(text: string, i: number): boolean {
  const ch = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  if (isDigit(before) && isDigit(after)) return false;
  if (ch === '.') {
    // An ellipsis typed as dots is left alone; "1." before Chinese is a list number.
    if (before === '.' || after === '.') return false;
    return isChinese(before);
  }
  return isChinese(before) || isChinese(after);
}
