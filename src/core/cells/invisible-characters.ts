// Characters that print as nothing: zero-width spaces and joiners, the soft hyphen, the byte
// order mark, direction marks and other format controls (Unicode category Cf), Hangul fillers
// and variation selectors. Pasted from web pages and chat apps, they make two names that look
// the same differ ("持证人数" and "持证\u200b人数").

// The class holds combining marks (U+034F, variation selectors) on purpose: each is matched alone.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F]/gu;
// eslint-disable-next-line no-misleading-character-class
const ANY_INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F]/u;

export interface InvisibleCharacters {
  /** The text without them. */
  readonly clean: string;
  /** Each distinct one as "U+200B", in order of first appearance. */
  readonly codes: readonly string[];
  /** The visible text before the first one ("" when the text starts with one). */
  readonly after: string;
}

/** The invisible characters of `text`, or undefined when it has none. */
export function findInvisible(text: string): InvisibleCharacters | undefined {
  if (!ANY_INVISIBLE.test(text)) return undefined;
  const codes: string[] = [];
  let first = -1;
  const clean = text.replace(INVISIBLE, (ch, offset: number) => {
    const code = codePointLabel(ch);
    if (!codes.includes(code)) codes.push(code);
    if (first < 0) first = offset;
    return '';
  });
  // Nothing before the first one is invisible: no replace needed.
  return {clean, codes, after: text.slice(0, first)};
}

/** "U+200B", "U+E0041". */
function codePointLabel(ch: string): string {
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return `U+${hex.padStart(4, '0')}`;
}
