// The words of a validation mark's note: the tag that starts each of the script's own lines and
// the line that remembers the clerk's own fill colour. Words only; mark-note.ts decides the rest.

/** Starts every line the script writes into a note. */
export const MARK_PREFIX = '【校验】';

export const MARK_TEXT = {
  /** The line that keeps the clerk's own fill while the cell wears a mark colour. */
  keptBackground: (colour: string) => `原底色 ${colour}`,
} as const;
