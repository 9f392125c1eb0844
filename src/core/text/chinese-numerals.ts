// Chinese numerals for structural numbers (一、 （十二） 二十一是) and the 中文 format.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SMALL_UNITS = ['', '十', '百', '千'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** Writes a whole number 0 ≤ n < 10^16 in Chinese: 4 → 四, 10 → 十, 15 → 十五, 105 → 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e16) {
    throw new RangeError(`toChineseNumeral: not a whole number in range: ${n}`);
  }
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) {
    groups.push(rest % 10000);
  }
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (out !== '' && (zeroPending || group < 1000)) out += DIGITS[0];
    out += groupText(group) + BIG_UNITS[g];
    zeroPending = false;
  }
  // 一十 at the very start is written 十 (十五, not 一十五).
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 0 < group < 10000, with inner zeros collapsed: 1001 → 一千零一, 1010 → 一千零一十. */
function groupText(group: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const digit = Math.floor(group / 10 ** pos) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += DIGITS[0];
    out += DIGITS[digit] + SMALL_UNITS[pos];
    zero = false;
  }
  return out;
}

/** Reads a numeral under 100 as structural numbers write it: 三 → 3, 十二 → 12, 二十 → 20. */
export function fromChineseNumeral(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) : undefined;
  return (
    (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0)
  );
}
