// Rule 4: two sentence marks in a row (。。 ，， ，。 ；；), spaces between them allowed.
// …… and —— are single marks written twice and are not in the set; ？！ is left alone.

import {finding, type Finding} from '../../findings/finding';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

const RUN = /[。，；：、！？,;](?:[ \u3000]*[。，；：、！？,;])+/g;
const EXCLAIM_QUESTION = /^[！？ \u3000]+$/;

export function checkDoubledPunctuation(source: TextSource): Finding[] {
  const {text, masked, cell} = source;
  const findings: Finding[] = [];
  for (const match of matchesOf(RUN, masked)) {
    if (findings.length >= MAX_FINDINGS_PER_RULE) break;
    if (EXCLAIM_QUESTION.test(match[0])) continue;
    const start = match.index;
    const end = start + match[0].length;
    findings.push(
      finding('punctuation-doubled', cell, {
        marks: text.slice(start, end),
        excerpt: excerpt(text, start, end),
      }),
    );
  }
  return findings;
}
