// Which characters of a text stand inside a pair of marks, e.g. inside 《…》 (a document's
// title) or “…” (a name): numbers and years there belong to the name, not to the report.

/** For each index of `text`, whether it lies inside one of `pairs` (nesting counted). */
export function enclosedBy(
  text: string,
  pairs: readonly (readonly [string, string])[],
): boolean[] {
  const depth = pairs.map(() => 0);
  const inside: boolean[] = [];
  // By UTF-16 index, as the rules' positions are.
  for (let i = 0; i < text.length; i++) {
    const open = pairs.findIndex(([o]) => o === text[i]);
    const close = pairs.findIndex(([, c]) => c === text[i]);
    if (close >= 0 && depth[close] > 0) depth[close] -= 1;
    inside.push(depth.some(d => d > 0));
    if (open >= 0) depth[open] += 1;
  }
  return inside;
}
