// 状态: a row not yet 已完成 is still printed, so it gets a warning, and an unfinished section is
// never published unnoticed. An empty 状态 counts as unfinished only once some row of the
// workbook is marked 已完成 (an office that does not use the column gets no warnings).

import {finding, type Finding} from '../../findings/finding';
import {normaliseKey} from '../../workbook/cell-text';
import type {SectionTab} from '../../workbook/report-model';
import {STATUS_DONE_ALIASES} from '../../workbook/schema';
import {rowExcerpt} from './row-excerpt';

export function checkStatuses(sections: readonly SectionTab[]): Finding[] {
  const rows = sections.flatMap(s => s.rows);
  const isDone = (status: string) =>
    STATUS_DONE_ALIASES.includes(normaliseKey(status));
  const statusUsed = rows.some(r => isDone(r.status));
  return rows
    .filter(r => !isDone(r.status) && (r.status !== '' || statusUsed))
    .map(r =>
      finding('row-unfinished', r.statusCell, {
        row: rowExcerpt(r),
        status: r.status,
        office: r.office,
      }),
    );
}
