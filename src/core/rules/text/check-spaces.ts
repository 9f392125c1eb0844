// Rule 5: a space (or ideographic space) between two Chinese characters or marks. Spaces next to
// digits, Latin letters or placeholders ("共 42 人", "ODR 平台") are a spacing style and left alone,
// and so is the space between two organs' names in a joint 报告标题 or 落款单位
// ("中共××县委  ××县人民政府"), which GB/T 9704 sets that way.

import {finding, type Finding} from '../../findings/finding';
import {CLOSER_OF} from './bracket-pairs';
import {isChinese} from './char-classes';
import {excerpt} from './excerpt';
import {MAX_FINDINGS_PER_RULE} from './finding-limit';
import {matchesOf} from './matches-of';
import type {TextSource} from './text-source';

const SPACES = /[ \t\u00a0\u3000]+/g;
const SENTENCE_MARK = /^[。，；：、！？]{2}$/;
/** How organs' names end: 县委, 人民政府, 办事处, 司法局, 委员会, 法院 … */
const ORGAN_END =
  /(?:委|党组|政府|办事处|街道|局|厅|办|院|部|委员会|会|室|处|队|所|中心|镇|乡|署|站)$/;
const ORGAN_IN = new RegExp(ORGAN_END.source.slice(0, -1));

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
    if (separatesOrgans(source, m.index, end)) continue;
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

/**
 * In 报告标题 or 落款单位, a space after an organ's name and before another's (the next word
 * holds an organ's ending too: "××县人民政府关于…") joins two organs, as a joint title does.
 */
function separatesOrgans(
  {masked, origin}: TextSource,
  start: number,
  end: number,
): boolean {
  if (origin.kind !== 'setting' || origin.key === '主送机关') return false;
  // Short windows: an organ's name is short, and a long setting must not cost a pass per space.
  const next = masked.slice(end, end + 30).split(/[\s\u3000]/)[0];
  return (
    ORGAN_END.test(masked.slice(Math.max(0, start - 4), start)) &&
    ORGAN_IN.test(next)
  );
}
