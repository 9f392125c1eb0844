// Every sentence a user reads about a finding, in Chinese, keyed by the finding's code: the
// tables of each group of codes, joined. A code without a message does not compile.

import type {MessageTable} from '../errors/coded-error';
import {formatCellRef} from '../workbook/cell-ref';
import type {Finding, FindingParamsByCode, Severity} from './finding';
import {FIGURE_RULE_MESSAGES} from './figure-rule-codes';
import {READING_MESSAGES} from './reading-codes';
import {STRUCTURE_RULE_MESSAGES} from './structure-rule-codes';
import {TEXT_RULE_MESSAGES} from './text-rule-codes';

const MESSAGES: MessageTable<FindingParamsByCode> = {
  ...READING_MESSAGES,
  ...STRUCTURE_RULE_MESSAGES,
  ...FIGURE_RULE_MESSAGES,
  ...TEXT_RULE_MESSAGES,
};

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
