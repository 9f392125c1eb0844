// Every sentence a user reads about a finding, in Chinese, keyed by the finding's code.
// A code without a message here does not compile.

import {formatCellRef} from '../workbook/cell-ref';
import type {
  Finding,
  FindingCode,
  FindingParamsByCode,
  Severity,
} from './finding';

type MessageTable = {
  readonly [C in FindingCode]: (p: FindingParamsByCode[C]) => string;
};

const MESSAGES: MessageTable = {
  'tab-missing': p =>
    `缺少工作表“${p.expected}”。请新建该工作表（可用“初始化工作簿”或命令 template 生成模板）。`,
  'column-missing': p => `缺少列“${p.column}”。请在表头行补上该列标题。`,
  'level-unknown': p =>
    `层级“${p.value}”无法识别。请从下拉列表中选择：章、节、条、款、要点、段内要点、段落。`,
  'row-without-text': p =>
    `此行层级为“${p.level}”，但标题和正文都是空的，生成时将跳过。请填写内容或删除该行。`,
  'run-on-without-paragraph': () =>
    '“段内要点”前面没有可接续的段落。请在其上方加一行段落、条或要点，或把层级改为“要点”。',
  'setting-required': p => `“${p.key}”必须填写。请在“内容”列填上。`,
  'year-invalid': p =>
    `报告年度“${p.value}”不是四位年份。请填写如 2024 的年份。`,
  'date-invalid': p =>
    `“${p.key}”的值“${p.value}”不是有效日期。请填写如 2025-02-05 或 2025年2月5日。`,
  'item-style-invalid': p =>
    `三级编号样式“${p.value}”无法识别。请填写“1.”或“1、”，留空则为“1.”。`,
  'placeholder-unknown': p =>
    p.suggestion
      ? `引用的指标“${p.name}”在“数据”表中不存在，是否想写“${p.suggestion}”？请改正引用或在“数据”表中添加该指标。`
      : `引用的指标“${p.name}”在“数据”表中不存在。请改正引用或在“数据”表中添加该指标。`,
  'placeholder-malformed': p =>
    `占位符“${p.text}”写法有误。正确写法为 {{指标}} 或 {{指标|格式}}。`,
  'format-unknown': p =>
    `指标“${p.name}”的格式“${p.format}”无法识别。可用格式：百分比、百分比1、万、余、万余、中文、千分位。`,
  'cell-spreadsheet-error': p =>
    `单元格显示错误值 ${p.value}。请检查该单元格的公式或引用。`,
  'figure-name-missing': p =>
    `此行填了数值“${p.value}”，但“指标”名称为空。请填写指标名称。`,
  'figure-name-duplicate': p =>
    `指标名称“${p.name}”与 ${p.first} 重复。请改用不同的名称。`,
  'figure-empty': p =>
    `指标“${p.name}”在正文中被引用，但数值为空。请填写数值。`,
  'figure-not-number': p =>
    `指标“${p.name}”的数值“${p.value}”不是数字。请填写数字、百分比（如 80.8%）或约数（如 30余）。`,
  'figure-spreadsheet-error': p =>
    `指标“${p.name}”的单元格显示错误值 ${p.value}。请检查该单元格的公式。`,
  'figure-format-needs-number': p =>
    `指标“${p.name}”的数值“${p.value}”是约数，不能按“${p.format}”格式输出。请填写准确数字，或去掉格式。`,
  'figure-format-not-applicable': p =>
    `指标“${p.name}”的数值“${p.value}”不能按“${p.format}”格式输出（“中文”只用于不为负的整数）。请改用其他格式。`,
  'figure-not-whole': p =>
    `指标“${p.name}”是计数，数值“${p.value}”却带小数。请核对。`,
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
