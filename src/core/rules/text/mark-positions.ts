// Where each bracket mark of a text stands, so the bracket rule can look ahead for a mark in
// logarithmic time instead of scanning the rest of the text (which is quadratic on thousands of
// brackets). Marks can be used up ("consumed") once; lookups skip used ones.

export class MarkPositions {
  private readonly at = new Map<string, number[]>();
  /** Per mark, for each slot of `at`: the next slot not used up (path-compressed). */
  private readonly free = new Map<string, Int32Array>();

  /** `marks` in text order, each with its index (from matchesOf). */
  constructor(marks: readonly {readonly index: number; readonly 0: string}[]) {
    for (const m of marks) {
      const list = this.at.get(m[0]);
      if (list) list.push(m.index);
      else this.at.set(m[0], [m.index]);
    }
  }

  /** Index of the first `mark` after `i`, or Infinity. */
  nextOf(mark: string, i: number): number {
    const list = this.at.get(mark) ?? [];
    const slot = firstAfter(list, i);
    return slot < list.length ? list[slot] : Infinity;
  }

  /** Index of the first `mark` after `i` not used up, or -1. */
  nextUnused(mark: string, i: number): number {
    const list = this.at.get(mark) ?? [];
    const slot = this.find(mark, firstAfter(list, i));
    return slot < list.length ? list[slot] : -1;
  }

  /** Marks the `mark` at text index `index` as used up. */
  use(mark: string, index: number): void {
    const list = this.at.get(mark) ?? [];
    const slot = firstAfter(list, index - 1);
    if (list[slot] !== index) return;
    this.slots(mark)[slot] = slot + 1;
  }

  private slots(mark: string): Int32Array {
    let slots = this.free.get(mark);
    if (!slots) {
      const n = this.at.get(mark)?.length ?? 0;
      slots = Int32Array.from({length: n + 1}, (_, k) => k);
      this.free.set(mark, slots);
    }
    return slots;
  }

  /** The first unused slot at or after `slot`. */
  private find(mark: string, slot: number): number {
    const slots = this.free.get(mark);
    if (!slots) return slot;
    let root = slot;
    while (slots[root] !== root) root = slots[root];
    for (let k = slot; slots[k] !== k;) {
      const next = slots[k];
      slots[k] = root;
      k = next;
    }
    return root;
  }
}

/** The first slot of sorted `list` holding a value above `i` (list.length if none). */
function firstAfter(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
