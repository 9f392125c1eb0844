// Suggests the closest known name for a mistyped one ("持证人" → "持证人数"). Fast on big
// workbooks: each mistyped name is worked out once, only names sharing enough characters are
// compared, and each comparison stops as soon as it cannot beat the best so far.

/** How far a name may be from its suggestion: half its length, at least one edit. */
function editLimit(name: string): number {
  return Math.max(1, Math.ceil(name.length / 2));
}

/** Suggestions from one fixed list of known names, each mistyped name worked out once. */
export class NameSuggester {
  /** For each UTF-16 code: the known names holding it, and how many times each does. */
  private readonly postings = new Map<
    number,
    {ids: number[]; counts: number[]}
  >();
  /** Scratch: characters each known name shares with the name being looked up. */
  private readonly shared: Int32Array;
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly known: readonly string[]) {
    this.shared = new Int32Array(known.length);
    known.forEach((name, id) => {
      const {codes, counts} = codeCounts(name);
      for (let c = 0; c < codes.length; c++) {
        const [code, count] = [codes[c], counts[c]];
        let posting = this.postings.get(code);
        if (!posting)
          this.postings.set(code, (posting = {ids: [], counts: []}));
        posting.ids.push(id);
        posting.counts.push(count);
      }
    });
  }

  /**
   * The known name with the smallest edit distance (the earliest one on a tie), if close enough
   * to be a likely typo; never `except` (a figure does not name itself).
   */
  suggest(name: string, except?: string): string | undefined {
    const key = except === undefined ? name : `${name}\u0000${except}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const suggestion = this.search(name, except);
    this.cache.set(key, suggestion);
    return suggestion;
  }

  /**
   * Only names that share enough characters can be close: the distance is at least the longer
   * length less the characters in common, so a name sharing none is as far as it is long. Of
   * the rest, those sharing most are compared first, and each comparison stops at the best
   * distance so far.
   */
  private search(name: string, except?: string): string | undefined {
    const limit = editLimit(name);
    const candidates =
      name.length <= limit
        ? this.known.map((_, id) => ({id, bound: 0}))
        : this.sharing(name, limit);
    let best = -1;
    let bestDistance = limit;
    for (const {id, bound} of candidates) {
      if (bound > bestDistance) break;
      if (this.known[id] === except) continue;
      const distance = editDistance(name, this.known[id], bestDistance);
      if (
        distance < bestDistance ||
        (distance === bestDistance && (best < 0 || id < best))
      ) {
        best = id;
        bestDistance = distance;
      }
    }
    return best < 0 ? undefined : this.known[best];
  }

  /** Known names within `limit` by the shared-character bound, nearest bound first. */
  private sharing(name: string, limit: number): {id: number; bound: number}[] {
    const {shared} = this;
    const touched: number[] = [];
    // This runs for every known name sharing a character: plain comparisons instead of
    // Math.min and Math.max, global lookups that are 20× slower in a vm context (Jest's).
    const {codes, counts} = codeCounts(name);
    for (let c = 0; c < codes.length; c++) {
      const posting = this.postings.get(codes[c]);
      if (!posting) continue;
      const {ids} = posting;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        if (shared[id] === 0) touched.push(id);
        const here = posting.counts[k];
        shared[id] += here < counts[c] ? here : counts[c];
      }
    }
    // Bucketed by bound (0 … limit), not sorted: the search only needs nearest bounds first.
    const buckets: {id: number; bound: number}[][] = Array.from(
      {length: limit + 1},
      () => [],
    );
    for (let t = 0; t < touched.length; t++) {
      const id = touched[t];
      const length = this.known[id].length;
      const longer = length > name.length ? length : name.length;
      const bound = longer - shared[id];
      shared[id] = 0;
      if (bound <= limit) buckets[bound].push({id, bound});
    }
    return ([] as {id: number; bound: number}[]).concat(...buckets);
  }
}

/** Each UTF-16 code of `text` once, with how many times it occurs. */
function codeCounts(text: string): {codes: number[]; counts: number[]} {
  const codes: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const at = codes.indexOf(code);
    if (at >= 0) counts[at] += 1;
    else {
      codes.push(code);
      counts.push(1);
    }
  }
  return {codes, counts};
}

/** The known name with the smallest edit distance, if it is close enough to be a likely typo. */
export function closestName(
  name: string,
  known: readonly string[],
): string | undefined {
  return new NameSuggester(known).suggest(name);
}

/**
 * Levenshtein distance over UTF-16 code units (CJK characters are one unit each). With `bound`,
 * any distance above it is returned as bound + 1, and the work stops there.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Comparisons, not Math.min: see `sharing`.
      const deleted = previous[j] + 1;
      const inserted = current[j - 1] + 1;
      const replaced = previous[j - 1] + cost;
      current[j] =
        deleted < inserted
          ? deleted < replaced
            ? deleted
            : replaced
          : inserted < replaced
            ? inserted
            : replaced;
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > bound) return bound + 1;
    previous = current;
  }
  return Math.min(previous[b.length], bound + 1);
}
