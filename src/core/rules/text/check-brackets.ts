// Rules 1 and 2: brackets and quotes that do not pair (unclosed, unopened, of the wrong kind,
// crossed), straight ASCII quotes in Chinese text, and pairs with nothing inside (干【】部).

import {
  finding,
  type Finding,
  type FindingParamsByCode,
} from '../../findings/finding';
import type {TextRuleParams} from '../../findings/text-rule-codes';
import {
  BRACKET_MARKS,
  CLOSER_OF,
  OPENER_OF,
  sameWidthFamily,
  STRAIGHT_QUOTES,
} from './bracket-pairs';
import {hasHan, isLatin} from './char-classes';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {MarkPositions} from './mark-positions';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

interface Open {
  readonly mark: string;
  readonly at: number;
  /** A straight ASCII quote waiting for its partner. */
  readonly straight: boolean;
}

type BracketCode =
  | 'bracket-unclosed'
  | 'bracket-unopened'
  | 'bracket-mismatched'
  | 'bracket-crossed'
  | 'bracket-empty'
  | 'quote-straight';

type Params<C extends BracketCode> = Omit<TextRuleParams[C], 'excerpt'>;

const BLANK = /^[\s\u3000]*$/;
const LIST_MARKER =
  /(?:^|[\s。；：！？，、;:,])(?:[0-9]{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/;

/** Findings for every bracket and quote of one text that does not pair or holds nothing. */
export function checkBrackets(source: TextSource): Finding[] {
  const {text, masked, cell} = source;
  const marks = matchesOf(BRACKET_MARKS, masked);
  if (marks.length === 0) return [];
  let chinese: boolean | undefined;
  const findings: Finding[] = [];
  const stack: Open[] = [];
  /** How many of each opener (not straight quotes) the stack holds. */
  const openCount = new Map<string, number>();
  const count = (mark: string, by: number) =>
    openCount.set(mark, (openCount.get(mark) ?? 0) + by);
  const pop = () => {
    const open = stack.pop();
    if (open && !open.straight) count(open.mark, -1);
  };
  const consumed = new Set<number>();
  /** Built on the first look ahead: most texts never need one. */
  let positions: MarkPositions | undefined;

  const report = <C extends BracketCode>(
    code: C,
    start: number,
    end: number,
    params: Params<C>,
  ) => {
    if (findings.length >= MAX_FINDINGS_PER_RULE) return;
    const all = {...params, excerpt: excerpt(text, start, end)};
    findings.push(finding(code, cell, all as FindingParamsByCode[C]));
  };

  const reportOpen = (open: Open) => {
    if (open.straight) {
      const {opener, closer} = STRAIGHT_QUOTES[open.mark];
      report('quote-straight', open.at, open.at + 1, {
        mark: open.mark,
        replacement: opener + closer,
      });
    } else {
      const closer = CLOSER_OF.get(open.mark) ?? '';
      report('bracket-unclosed', open.at, open.at + 1, {
        opener: open.mark,
        closer,
      });
    }
  };

  const straightQuote = (mark: string, i: number) => {
    if (chinese === undefined) chinese = hasHan(masked);
    if (!chinese || isApostrophe(masked, i)) return;
    const {opener, closer} = STRAIGHT_QUOTES[mark];
    const top = stack[stack.length - 1];
    if (top && !top.straight && top.mark === opener) {
      pop();
      report('quote-straight', top.at, i + 1, {mark, replacement: closer});
    } else if (top && top.straight && top.mark === mark) {
      pop();
      report('quote-straight', top.at, i + 1, {
        mark,
        replacement: opener + closer,
      });
    } else {
      stack.push({mark, at: i, straight: true});
    }
  };

  const close = (closer: string, i: number) => {
    const opener = OPENER_OF.get(closer) ?? '';
    const top = stack[stack.length - 1];
    if (top && !top.straight && top.mark === opener) {
      pop();
      if (BLANK.test(masked.slice(top.at + 1, i))) {
        report('bracket-empty', top.at, i + 1, {pair: opener + closer});
      }
      return;
    }
    if (top && top.straight && STRAIGHT_QUOTES[top.mark].closer === closer) {
      pop();
      report('quote-straight', top.at, i + 1, {
        mark: top.mark,
        replacement: STRAIGHT_QUOTES[top.mark].opener,
      });
      return;
    }
    if (top && !top.straight && sameWidthFamily(top.mark, closer)) {
      pop();
      report('bracket-mismatched', top.at, i + 1, {
        opener: top.mark,
        found: closer,
        expected: CLOSER_OF.get(top.mark) ?? '',
      });
      return;
    }
    const match = openCount.get(opener)
      ? lastIndexWhere(stack, o => !o.straight && o.mark === opener)
      : -1;
    if (match < 0) {
      if (!isListMarker(masked, i)) {
        report('bracket-unopened', i, i + 1, {closer, opener});
      }
      return;
    }
    for (const inner of stack.splice(match + 1).reverse()) {
      if (!inner.straight) count(inner.mark, -1);
      positions = positions ?? new MarkPositions(marks);
      const later = crossingCloser(positions, inner, i);
      if (later < 0) {
        reportOpen(inner);
        continue;
      }
      positions.use(masked[later], later);
      consumed.add(later);
      report('bracket-crossed', stack[match].at, later + 1, {
        outer: opener,
        inner: inner.mark,
      });
    }
    pop();
  };

  for (const {index: i, 0: ch} of marks) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) return findings;
    if (consumed.has(i)) continue;
    if (STRAIGHT_QUOTES[ch]) straightQuote(ch, i);
    else if ((ch === '‘' || ch === '’') && isApostrophe(masked, i)) continue;
    else if (CLOSER_OF.has(ch)) {
      stack.push({mark: ch, at: i, straight: false});
      count(ch, 1);
    } else if (OPENER_OF.has(ch)) close(ch, i);
  }
  stack.forEach(reportOpen);
  return findings;
}

/** A quote between two Latin letters is an apostrophe (Xi'an, People’s), not a quote. */
function isApostrophe(text: string, i: number): boolean {
  return isLatin(text[i - 1]) && isLatin(text[i + 1]);
}

/**
 * A closing bracket after a list number at the start of a clause ("1）", "a)") marks an item;
 * it has no opener by design.
 */
function isListMarker(text: string, i: number): boolean {
  return LIST_MARKER.test(text.slice(Math.max(0, i - 4), i));
}

/**
 * Where `inner`'s closer comes after `i`, before another opener of its kind: the sign that
 * two pairs cross (（《…）…》) rather than that `inner` was left open. -1 when it does not.
 */
function crossingCloser(
  positions: MarkPositions,
  inner: Open,
  i: number,
): number {
  if (inner.straight) return -1;
  const closer = CLOSER_OF.get(inner.mark) ?? '';
  const later = positions.nextUnused(closer, i);
  return later >= 0 && later < positions.nextOf(inner.mark, i) ? later : -1;
}

function lastIndexWhere<T>(items: readonly T[], test: (t: T) => boolean) {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
