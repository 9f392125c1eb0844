// Rule 6: ordinals typed by hand. Out of sequence within one cell (一是…二是…二是, 1. 2. 4.) is an
// error; a typed ordinal where 层级 already prints a number is a warning (it would print twice);
// other typed lists (一是…, or two ordinals of one kind) get a hint to let 层级 number the rows.

import {finding, type Finding} from '../../findings/finding';
import {LEVELS, type Level} from '../../workbook/schema';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import type {TextSource} from './text-source';
import {relabel, typedOrdinals, type TypedOrdinal} from './typed-ordinals';

/** Levels whose rows get a number printed before their first text. */
const NUMBERED_LEVELS: readonly Level[] = LEVELS.filter(l => l !== '段落');

/** A sentence end or a line break: after it a list may start again at 1. */
const SENTENCE_END = /[。！？!?\n]/;

export function checkOrdinals(source: TextSource): Finding[] {
  if (source.origin.kind !== 'row') return [];
  const {text, masked, cell, origin} = source;
  const ordinals = typedOrdinals(masked);
  if (ordinals.length === 0) return [];
  const findings = outOfSequence(source, ordinals);
  const first = ordinals[0];
  const context = excerpt(text, first.start, first.end);
  if (
    first.start === 0 &&
    origin.leads &&
    NUMBERED_LEVELS.includes(origin.level)
  ) {
    findings.push(
      finding('ordinal-doubled-by-level', cell, {
        typed: first.text,
        level: origin.level,
        excerpt: context,
      }),
    );
  } else if (isTypedList(ordinals)) {
    findings.push(
      finding('ordinal-typed', cell, {typed: first.text, excerpt: context}),
    );
  }
  return findings;
}

/**
 * Points (一是) or two ordinals of one kind: a list typed by hand. A lone "二、" or "（一）" in a
 * paragraph is left to the structure rules.
 */
function isTypedList(ordinals: readonly TypedOrdinal[]): boolean {
  const kinds = ordinals.map(o => o.kind);
  return (
    kinds.includes('point') || kinds.some((k, i) => kinds.indexOf(k) !== i)
  );
}

/** Each ordinal that neither follows the one before it of its kind nor starts a new list. */
function outOfSequence(
  source: TextSource,
  ordinals: readonly TypedOrdinal[],
): Finding[] {
  const findings: Finding[] = [];
  const previous = new Map<TypedOrdinal['kind'], TypedOrdinal>();
  ordinals.forEach((current, index) => {
    if (findings.length >= MAX_FINDINGS_PER_RULE) return;
    const before = previous.get(current.kind);
    previous.set(current.kind, current);
    if (!before || current.value === before.value + 1) return;
    if (
      current.value === 1 &&
      startsNewList(source.masked, ordinals, before, index)
    ) {
      return;
    }
    findings.push(
      finding('ordinal-out-of-sequence', source.cell, {
        found: current.text,
        previous: before.text,
        expected: relabel(current, before.value + 1),
        excerpt: excerpt(source.text, current.start, current.end),
      }),
    );
  });
  return findings;
}

/**
 * A list may start again at 1 after a sentence end or under an ordinal of another kind
 * ("（一）…1.…2.（二）…1."), not straight after the previous item ("一是…；一是…").
 */
function startsNewList(
  masked: string,
  ordinals: readonly TypedOrdinal[],
  before: TypedOrdinal,
  index: number,
): boolean {
  const current = ordinals[index];
  if (SENTENCE_END.test(masked.slice(before.end, current.start))) return true;
  return ordinals
    .slice(0, index)
    .some(o => o.start > before.start && o.kind !== current.kind);
}
