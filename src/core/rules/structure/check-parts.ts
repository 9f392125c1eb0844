// The part tabs: an empty one is left out of the report (a hint), one not opening with a 章 has no
// heading (a warning), and a part of the national rules that no tab covers is a hint, never an
// error: real reports have 3 to 8 parts in many orders.

import {finding, type Finding} from '../../findings/finding';
import {cellRef} from '../../workbook/cell-ref';
import type {SectionTab} from '../../workbook/report-model';
import {nationalPartsCovered, PART_TITLES} from './part-titles';

export function checkParts(sections: readonly SectionTab[]): Finding[] {
  const findings: Finding[] = [];
  const parts = sections.filter(s => s.part >= 1);
  for (const section of parts) {
    const first = section.rows[0];
    if (!first) {
      findings.push(
        finding('part-empty', cellRef(section.name, 2, 1), {tab: section.name}),
      );
    } else if (first.level !== '章') {
      findings.push(
        finding('part-without-heading', first.levelCell, {
          tab: section.name,
          level: first.level,
        }),
      );
    }
  }
  const filled = parts.filter(s => s.rows.length > 0);
  if (filled.length === 0) return findings;
  const covered = nationalPartsCovered(filled);
  const where = cellRef(filled[0].name, 1, 1);
  PART_TITLES.forEach((title, i) => {
    if (!covered.has(i + 1))
      findings.push(finding('part-missing', where, {title}));
  });
  return findings;
}
