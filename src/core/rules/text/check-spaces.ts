// Rule 5: a space (or ideographic space) between two Chinese characters or marks. Spaces next to
// digits, Latin letters or placeholders ("共 42 人", "ODR 平台") are a spacing style and left alone.

import {finding, type Finding} from '../../findings/finding';
import {CLOSER_OF} from './bracket-pairs';
import {isChinese} from './char-classes';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

const SPACES = /[ \t\u00a0\u3000]+/g;
const SENTENCE_MARK = /^[。，；：、！？]{2}$/;

export function checkSpaces(source: TextSource): Finding[] {
  const {text, masked, cell} = source;
  const findings: Finding[] = [];
  for (const m of matchesOf(SPACES, masked)) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) break;
    const before = masked[m.index - 1];
    const end = m.index + m[0].length;
    const after = masked[end];
    // Blank inside a pair (（ ）) is the empty-bracket rule's finding.
    if (CLOSER_OF.get(before) === after) continue;
    // Between two sentence marks (、 、) it is the doubled-punctuation rule's finding.
    if (SENTENCE_MARK.test(before + after)) continue;
    if (!isChinese(before) || !isChinese(after)) continue;
    findings.push(
      finding('space-between-chinese', cell, {
        before: text[m.index - 1],
        after: text[end],
        excerpt: excerpt(text, m.index - 1, end + 1),
      }),
    );
  }
  return findings;
}
