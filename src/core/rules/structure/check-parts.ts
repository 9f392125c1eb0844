// The five part tabs: each must hold rows (the national rules require all five parts), and
// each should open with a 章, the part's heading. 导语 may be empty and needs no heading.

import {finding, type Finding} from '../../findings/finding';
import {cellRef} from '../../workbook/cell-ref';
import type {SectionTab} from '../../workbook/report-model';
import {partLabel, partTitle} from './part-titles';

/** An empty part is reported at A2, the first cell under the header, where its rows go. */
export function checkParts(sections: readonly SectionTab[]): Finding[] {
  const findings: Finding[] = [];
  for (const section of sections) {
    if (section.part < 1) continue;
    const params = {
      tab: section.name,
      part: partLabel(section.part),
      title: partTitle(section.part),
    };
    const first = section.rows[0];
    if (!first) {
      findings.push(finding('part-empty', cellRef(section.name, 2, 1), params));
    } else if (first.level !== '章') {
      findings.push(
        finding('part-without-heading', first.levelCell, {
          ...params,
          level: first.level,
        }),
      );
    }
  }
  return findings;
}
