// Rows carried over from last year (状态 待更新, 上年正文 filled by carry-over): one whose 正文 is
// still word for word last year's was probably not rewritten, so it gets a warning at 正文.

import {finding, type Finding} from '../../findings/finding';
import {normaliseKey} from '../../workbook/cell-text';
import type {SectionTab} from '../../workbook/report-model';
import {STATUS_TO_UPDATE} from '../../workbook/schema';
import {rowExcerpt} from './row-excerpt';

export function checkUpdates(sections: readonly SectionTab[]): Finding[] {
  return sections
    .flatMap(s => s.rows)
    .filter(
      r =>
        normaliseKey(r.status) === STATUS_TO_UPDATE &&
        r.text !== '' &&
        r.previousText === r.text,
    )
    .map(r =>
      finding('row-not-updated', r.textCell, {
        row: rowExcerpt(r),
        office: r.office,
      }),
    );
}
