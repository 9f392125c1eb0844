// Every sentence a user reads about a finding, in Chinese, keyed by the finding's code: the
// message column of the code tables. A code without a message does not compile.

import {formatCellRef} from '../cells/cell-ref';
import {messagesOf} from './code-table';
import type {Finding, Severity} from './finding';
import {FINDING_CODES} from './finding-codes';

const MESSAGES = messagesOf(FINDING_CODES);

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export function findingMessage(f: Finding): string {
  const format = MESSAGES[f.code] as (p: Finding['params']) => string;
  return format(f.params);
}

/** One line for a terminal or a log: "数据!B7  错误  …". */
export function findingLine(f: Finding): string {
  return `${formatCellRef(f.cell)}  ${SEVERITY_LABEL[f.severity]}  ${findingMessage(f)}`;
}
