// One section row of the sample, in the column order of the section tabs.

import type {Level} from '../workbook/schema';

/** 层级 · 标题 · 正文 · 负责科室 · 状态 · 备注 */
export type SampleRow = readonly [
  Level,
  string,
  string,
  string,
  string,
  string,
];

export function row(
  level: Level,
  title: string,
  text: string,
  office: string,
): SampleRow {
  return [level, title, text, office, '', ''];
}
