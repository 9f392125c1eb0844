// Rule 5: a space (or ideographic space) between two Chinese characters or marks. Spaces next to
// digits, Latin letters or placeholders ("共 42 人", "ODR 平台") are a spacing style and left alone.

import {finding, type Finding} from '../../findings/finding';
import {CLOSER_OF} from './bracket-pairs';
import {isChinese} from './char-classes';
import {excerpt} from './excerpt';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

const SPACES = /[ \t\u00a0\u3000]+/g;
const SENTENCE_MARK = /^[。，；：、！？]{2}$/;

export function checkSpaces(source: TextSource): Finding[] {
  const {text, masked, cell} = source;
  return matchesOf(SPACES, masked)
    .filter(m => {
      const before = masked[m.index - 1];
      const after = masked[m.index + m[0].length];
      // Blank inside a pair (（ ）) is the empty-bracket rule's finding.
      if (CLOSER_OF.get(before) === after) return false;
      // Between two sentence marks (、 、) it is the doubled-punctuation rule's finding.
      if (SENTENCE_MARK.test(before + after)) return false;
      return isChinese(before) && isChinese(after);
    })
    .map(m => {
      const end = m.index + m[0].length;
      return finding('space-between-chinese', cell, {
        before: text[m.index - 1],
        after: text[end],
        excerpt: excerpt(text, m.index - 1, end + 1),
      });
    });
}
