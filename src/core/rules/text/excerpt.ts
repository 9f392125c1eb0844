// A short excerpt of a text around a span, for messages that quote what the clerk typed.

const AROUND = 6;

/**
 * The characters from `start` to `end` (exclusive) with up to six on either side; "…" marks
 * a cut. Line breaks become spaces so the excerpt stays on one line.
 */
export function excerpt(text: string, start: number, end = start + 1): string {
  const from = Math.max(0, start - AROUND);
  const to = Math.min(text.length, end + AROUND);
  const body = text.slice(from, to).replace(/\r?\n/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
