// Character classes the text rules share: Han characters, Chinese (full-width) punctuation,
// ASCII letters and digits, spaces.

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CHINESE_PUNCTUATION =
  /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9\uff10-\uff19]/;
const SPACE = /[ \t\u00a0\u3000]/;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;
const FULL_WIDTH_DIGITS = /[\uff10-\uff19]/g;

/** `ch` may be undefined (before the start or after the end of a text): then false. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function isChinesePunctuation(ch: string | undefined): boolean {
  return ch !== undefined && CHINESE_PUNCTUATION.test(ch);
}

/** A Han character or a Chinese punctuation mark. */
export function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isChinesePunctuation(ch);
}

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

/** Half-width or full-width digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch);
}

/** A space, a tab, a no-break space or the ideographic space. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** Full-width digits to half-width ones, keeping every other character (and the length). */
export function halfWidthDigits(text: string): string {
  if (!FULL_WIDTH_DIGIT.test(text)) return text;
  return text.replace(FULL_WIDTH_DIGITS, d =>
    String.fromCharCode(d.charCodeAt(0) - 0xfee0),
  );
}

/** Whether `text` holds a Han character anywhere. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
