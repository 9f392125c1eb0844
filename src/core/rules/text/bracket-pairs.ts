// Paired punctuation the bracket rules check: Chinese quotes, 书名号, brackets, and the
// half-width brackets that pair the same way. Straight ASCII quotes stand for the curly ones.

export const BRACKET_PAIRS = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['〈', '〉'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['［', '］'],
  ['「', '」'],
  ['『', '』'],
  ['〔', '〕'],
] as const;

export const CLOSER_OF: ReadonlyMap<string, string> = new Map(
  BRACKET_PAIRS.map(([open, close]) => [open, close]),
);

export const OPENER_OF: ReadonlyMap<string, string> = new Map(
  BRACKET_PAIRS.map(([open, close]) => [close, open]),
);

/** Brackets that differ only in width: （ closed by ) is a slip of width, not of kind. */
const WIDTH_FAMILY: Readonly<Record<string, string>> = {
  '（': 'round',
  '）': 'round',
  '(': 'round',
  ')': 'round',
  '［': 'square',
  '］': 'square',
  '[': 'square',
  ']': 'square',
};

export function sameWidthFamily(a: string, b: string): boolean {
  return WIDTH_FAMILY[a] !== undefined && WIDTH_FAMILY[a] === WIDTH_FAMILY[b];
}

/** The curly quotes a straight ASCII quote stands for in Chinese text. */
export const STRAIGHT_QUOTES: Readonly<
  Record<string, {readonly opener: string; readonly closer: string}>
> = {
  '"': {opener: '“', closer: '”'},
  "'": {opener: '‘', closer: '’'},
};

/** Any mark the bracket rules act on: an opener, a closer or a straight quote (global). */
export const BRACKET_MARKS = new RegExp(
  `[${[...BRACKET_PAIRS.flat(), ...Object.keys(STRAIGHT_QUOTES)]
    .map(ch => ch.replace(/[\\\]^[-]/, '\\$&'))
    .join('')}]`,
  'g',
);
