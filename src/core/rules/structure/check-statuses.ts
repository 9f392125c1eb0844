// 状态: a row not yet 已完成 is still printed, so it gets a warning, and an unfinished section is
// never published unnoticed. An empty 状态 counts as unfinished only once some row of the
// workbook is marked 已完成 (an office that does not use the column gets no warnings).

import {finding, type Finding} from '../../findings/finding';
import type {SectionTab} from '../../workbook/report-model';
import {isStatusDone} from '../../workbook/schema';
import {rowExcerpt} from './row-excerpt';

export function checkStatuses(sections: readonly SectionTab[]): Finding[] {
  const rows = sections.flatMap(s => s.rows);
  const statusUsed = rows.some(r => isStatusDone(r.status));
  return rows
    .filter(r => !isStatusDone(r.status) && (r.status !== '' || statusUsed))
    .map(r =>
      finding('row-unfinished', r.statusCell, {
        row: rowExcerpt(r),
        status: r.status,
        office: r.office,
      }),
    );
}
