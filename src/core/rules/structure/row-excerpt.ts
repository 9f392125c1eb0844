// A section row named in a finding by the start of its 标题 (or 正文): "法治宣传教育…".

import {excerpt} from '../../workbook/read-sections';
import type {SectionRow} from '../../workbook/report-model';

export function rowExcerpt(row: SectionRow): string {
  return excerpt(row.title !== '' ? row.title : row.text);
}
