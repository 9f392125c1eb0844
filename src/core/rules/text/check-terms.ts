// Rule 9: a standard term with one character missing (政执法三项制度, 合法审查). A warning, not an
// error: the match is a guess, so it must not be part of a longer correct word. Nothing is
// reported where the full term or a correct word holds the match (行政执法三项制度, 行政法), where
// a common word crosses its edge (进行执法, 行政罚款), or for a short term's head or tail
// (述职述责述廉 holds 述职述, the head of 述职述法). The longest guess wins.

import {finding, type Finding} from '../../findings/finding';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {
  JOINING_WORDS,
  LEGITIMATE_WORDS,
  MIN_LENGTH_FOR_EDGE_DROP,
  STANDARD_TERMS,
} from './standard-terms';
import type {TextSource} from './text-source';
import {WordIndex, type WordHit} from './word-index';

interface Variant {
  readonly text: string;
  readonly term: string;
}

interface TermIndex {
  /** Every term with one character dropped, longest first; words in LEGITIMATE_WORDS excluded. */
  readonly variants: readonly Variant[];
  /** Words from here on are joining words (JOINING_WORDS). */
  readonly firstJoining: number;
  /**
   * Words 0 … variants.length - 1 are the variants, in order; the correct words follow, then
   * the joining words.
   */
  readonly words: WordIndex;
}

let index: TermIndex | undefined;

/**
 * Built on first use, not when the module loads: the Apps Script bundle is evaluated on every
 * execution (each custom function call, each edit), most of which never check terms.
 */
function termIndex(): TermIndex {
  if (index) return index;
  const variants = STANDARD_TERMS.flatMap(term =>
    Array.from(term, (_, k) => ({
      text: term.slice(0, k) + term.slice(k + 1),
      term,
      edge: k === 0 || k === term.length - 1,
    }))
      .filter(v => !v.edge || term.length >= MIN_LENGTH_FOR_EDGE_DROP)
      .map(({text, term}) => ({text, term})),
  )
    .filter(v => !(LEGITIMATE_WORDS as readonly string[]).includes(v.text))
    .sort((a, b) => b.text.length - a.text.length);
  const correct: readonly string[] = [...STANDARD_TERMS, ...LEGITIMATE_WORDS];
  index = {
    variants,
    firstJoining: variants.length + correct.length,
    words: new WordIndex([
      ...variants.map(v => v.text),
      ...correct,
      ...JOINING_WORDS,
    ]),
  };
  return index;
}

export function checkTerms(source: TextSource): Finding[] {
  const {text, masked, cell} = source;
  const {variants, firstJoining, words} = termIndex();
  const hits = words.find(masked);
  const guesses = hits.filter(h => h.word < variants.length);
  if (guesses.length === 0) return [];
  const correct = hits.filter(
    h => h.word >= variants.length && h.word < firstJoining,
  );
  const covered = coverEnds(masked.length, correct);
  const crossed = crossedEdges(
    masked.length,
    hits.filter(h => h.word >= firstJoining),
  );
  // Variant by variant in their order, each in text order: the first guess to take a
  // stretch of text keeps it.
  guesses.sort((a, b) => a.word - b.word || a.start - b.start);
  const taken: (WordHit & Variant)[] = [];
  const occupied = new Uint8Array(masked.length);
  for (const span of guesses) {
    if (covered[span.start] >= span.end) continue;
    if (crossed[span.start] || crossed[span.end]) continue;
    if (occupied.subarray(span.start, span.end).includes(1)) continue;
    occupied.fill(1, span.start, span.end);
    taken.push({...span, ...variants[span.word]});
  }
  return taken
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_FINDINGS_PER_RULE)
    .map(t =>
      finding('term-missing-character', cell, {
        found: t.text,
        term: t.term,
        excerpt: excerpt(text, t.start, t.end),
      }),
    );
}

/**
 * For each index i, the furthest end of a correct word that starts at or before i: a guess from
 * i to e lies inside a correct word when this is at least e.
 */
function coverEnds(length: number, correct: readonly WordHit[]): Int32Array {
  const ends = new Int32Array(length);
  for (const h of correct) {
    if (h.end > ends[h.start]) ends[h.start] = h.end;
  }
  for (let i = 1; i < length; i++) {
    if (ends[i - 1] > ends[i]) ends[i] = ends[i - 1];
  }
  return ends;
}

/** For each place between characters (0 … length), whether a joining word runs across it. */
function crossedEdges(length: number, joining: readonly WordHit[]): Uint8Array {
  const crossed = new Uint8Array(length + 1);
  for (const h of joining) crossed.fill(1, h.start + 1, h.end);
  return crossed;
}
