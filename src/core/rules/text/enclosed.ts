// Which characters of a text stand inside a pair of marks, e.g. inside 《…》 (a document's
// title) or “…” (a name): numbers and years there belong to the name, not to the report.

/**
 * For each index of `text`, whether it lies inside one of `pairs` (nesting counted). A text
 * without any opener gets an empty array: every index reads as undefined, i.e. outside.
 */
export function enclosedBy(
  text: string,
  pairs: readonly (readonly [string, string])[],
): readonly boolean[] {
  if (!pairs.some(([open]) => text.includes(open))) return [];
  const depth = pairs.map(() => 0);
  let open = 0; // how many pairs have a depth above zero
  const inside: boolean[] = [];
  // By UTF-16 index, as the rules' positions are.
  for (let i = 0; i < text.length; i++) {
    const close = pairIndex(pairs, 1, text[i]);
    if (close >= 0 && depth[close] > 0 && --depth[close] === 0) open -= 1;
    inside.push(open > 0);
    const opener = pairIndex(pairs, 0, text[i]);
    if (opener >= 0 && depth[opener]++ === 0) open += 1;
  }
  return inside;
}

/** The first pair whose opener (side 0) or closer (side 1) is `ch`, or -1. */
function pairIndex(
  pairs: readonly (readonly [string, string])[],
  side: 0 | 1,
  ch: string,
): number {
  for (let p = 0; p < pairs.length; p++) if (pairs[p][side] === ch) return p;
  return -1;
}
