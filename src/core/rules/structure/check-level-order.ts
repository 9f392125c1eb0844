// The order of 层级 across the whole document, in workbook order, as the numbering runs:
// a 节 needs a 章 somewhere above it, a 款 needs a 条 since the nearest 章 or 节.

import {finding, type Finding} from '../../findings/finding';
import type {SectionTab} from '../../workbook/report-model';
import {rowExcerpt} from './row-excerpt';

/**
 * Reports the first 节 before any 章 (one 章 above it fixes every later one), and in each
 * 章 or 节 the first 款 with no 条 above it. A 条 straight under a 章 is fine, even when 节
 * follow it: the numbering stays unambiguous.
 */
export function checkLevelOrder(sections: readonly SectionTab[]): Finding[] {
  const findings: Finding[] = [];
  let chapterSeen = false;
  let orphanSectionReported = false;
  let parent: '章' | '节' | '' = '';
  let itemSeen = false;
  let orphanClauseReported = false;
  for (const section of sections) {
    for (const row of section.rows) {
      switch (row.level) {
        case '章':
        case '节':
          if (row.level === '章') chapterSeen = true;
          else if (!chapterSeen && !orphanSectionReported) {
            orphanSectionReported = true;
            findings.push(
              finding('level-section-before-chapter', row.levelCell, {
                row: rowExcerpt(row),
              }),
            );
          }
          parent = row.level;
          itemSeen = false;
          orphanClauseReported = false;
          break;
        case '条':
          itemSeen = true;
          break;
        case '款':
          if (!itemSeen && !orphanClauseReported) {
            orphanClauseReported = true;
            findings.push(
              finding('level-clause-without-item', row.levelCell, {
                row: rowExcerpt(row),
                parent,
              }),
            );
          }
          break;
        default:
          break;
      }
    }
  }
  return findings;
}
