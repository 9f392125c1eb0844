// Finds ordinals typed in a text: 一、 （一） 1. or 1、 （1） and 一是, each at the start of a
// clause (after 。；：，！？, a space or the start), so 统一是 or 第（三）项 are not ordinals.

import {toChineseNumeral} from '../../text/chinese-numerals';
import {halfWidthDigits} from './char-classes';
import {matchesOf} from './matches-of';

export type OrdinalKind = 'chapter' | 'section' | 'item' | 'sub-item' | 'point';

export interface TypedOrdinal {
  readonly kind: OrdinalKind;
  readonly value: number;
  /** The ordinal as typed, e.g. "二是", "（三）", "2." */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const CN = '[一二三四五六七八九十]{1,3}';

/** Each kind: its pattern (group 1 is the number) and what may stand right before it. */
const KINDS: readonly (readonly [OrdinalKind, RegExp, RegExp])[] = [
  ['point', new RegExp(`(${CN})(是)`, 'g'), /[\s。；：！？，;:,!?]/],
  ['chapter', new RegExp(`(${CN})(、)`, 'g'), /[\n。；：！？]/],
  ['section', new RegExp(`[（(](${CN})([）)])`, 'g'), /[\s。；：！？，;:,!?]/],
  ['sub-item', /[（(]([0-9]{1,2})([）)])/g, /[\s。；：！？，;:,!?]/],
  ['item', /([0-9]{1,2})([.．](?![0-9])|、)/g, /[\s。；：！？，;:,!?]/],
];

/** Typed ordinals of `masked` text, in text order. */
export function typedOrdinals(masked: string): TypedOrdinal[] {
  const text = halfWidthDigits(masked);
  const found: TypedOrdinal[] = [];
  for (const [kind, pattern, boundary] of KINDS) {
    for (const m of matchesOf(pattern, text)) {
      const before = text[m.index - 1];
      if (before !== undefined && !boundary.test(before)) continue;
      const value = ordinalValue(m[1]);
      if (value === undefined) continue;
      const end = m.index + m[0].length;
      found.push({
        kind,
        value,
        text: masked.slice(m.index, end),
        start: m.index,
        end,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `typed` with its number replaced by `n`, written the same way ("（二）" → "（三）"). */
export function relabel(typed: TypedOrdinal, n: number): string {
  const digits = /[0-9０-９]+/;
  return digits.test(typed.text)
    ? typed.text.replace(digits, String(n))
    : typed.text.replace(new RegExp(CN), toChineseNumeral(n));
}

/** "3" → 3, "十二" → 12, "二十" → 20; undefined for what is not a number below 100. */
function ordinalValue(numeral: string): number | undefined {
  if (/^[0-9]+$/.test(numeral)) return Number(numeral);
  const digit = (ch: string) => '一二三四五六七八九'.indexOf(ch) + 1;
  if (numeral.length === 1) return numeral === '十' ? 10 : digit(numeral);
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(
    numeral,
  );
  if (!tens) return undefined;
  return (tens[1] ? digit(tens[1]) : 1) * 10 + (tens[2] ? digit(tens[2]) : 0);
}
