// A section row named in a finding by the start of its 标题 (or 正文): "法治宣传教育…".

import type {SectionRow} from '../../workbook/report-model';

const MAX_CHARS = 16;

export function rowExcerpt(row: SectionRow): string {
  const text = row.title !== '' ? row.title : row.text;
  const chars = Array.from(text);
  return chars.length <= MAX_CHARS
    ? text
    : `${chars.slice(0, MAX_CHARS).join('')}…`;
}
