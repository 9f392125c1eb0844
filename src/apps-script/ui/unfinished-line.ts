// The short line 生成报告 adds to its draft question and closing dialog: which 负责科室 still
// have rows not 已完成 (a warning: the report is generated all the same).

import {type Finding, unfinishedOffices} from '../../core';
import {UNFINISHED_TEXT} from './ui-text-next-year';

/** The line, alone in the list; an empty list when every row is 已完成. */
export function unfinishedLines(findings: readonly Finding[]): string[] {
  const {offices, withoutOffice} = unfinishedOffices(findings);
  if (offices.length === 0 && withoutOffice === 0) return [];
  return [
    UNFINISHED_TEXT.line(
      offices.map(o => UNFINISHED_TEXT.office(o.office, o.rows)).join('、'),
      withoutOffice,
    ),
  ];
}
