// Text cut to what one spreadsheet cell holds, with a marker saying how long it was, so a long
// reply thread never makes a whole write fail.

/** Google Sheets refuses a cell of more than 50,000 characters (counted here in UTF-16 units). */
export const MAX_CELL_CHARS = 50000;

/**
 * `text` unchanged when it fits in `limit` UTF-16 units; otherwise its start followed by
 * `marker(total)`, where total counts the whole text's characters (code points), the result
 * exactly `limit` units or fewer and never ending in half a surrogate pair.
 */
export function fitCellText(
  text: string,
  marker: (total: number) => string,
  limit = MAX_CELL_CHARS,
): string {
  if (text.length <= limit) return text;
  const tail = marker(Array.from(text).length);
  let keep = Math.max(0, limit - tail.length);
  const last = text.charCodeAt(keep - 1);
  if (keep > 0 && last >= 0xd800 && last <= 0xdbff) keep--;
  return text.slice(0, keep) + tail;
}
