// What a clerk reads when a workbook file cannot be read, one sentence per reader problem: the
// command line and the offline page word the reader's errors with this one table.

import type {XlsxProblem} from './xlsx-error';
import {
  MAX_GRID_CELLS,
  MAX_INFLATED_BYTES,
  MAX_ZIP_ENTRIES,
} from './xlsx-limits';

/** 10000000 → "1000 万". */
const wan = (n: number) => `${n / 10000} 万`;

/** The Chinese sentence for each problem; `file` names the file as the user knows it. */
export const XLSX_PROBLEM_MESSAGES: {
  readonly [problem in XlsxProblem]: (file: string) => string;
} = {
  'not-xlsx': file =>
    `“${file}”不是 .xlsx 工作簿。请在 Excel、WPS 或 Google 表格中“另存为 / 下载为 .xlsx”后再试。`,
  'too-large': file =>
    `工作簿“${file}”解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB，或单元格超过 ` +
    `${wan(MAX_GRID_CELLS)}个，或内部文件超过 ${wan(MAX_ZIP_ENTRIES)}个，不像是正常的报告工作簿，未读取。` +
    '请检查文件，或删去无关的工作表和图片后再试。',
  encrypted: file => `工作簿“${file}”有密码保护，请先取消密码再试。`,
};

/** The sentence for `problem` with the file named `file`. */
export function xlsxProblemMessage(problem: XlsxProblem, file: string): string {
  return XLSX_PROBLEM_MESSAGES[problem](file);
}
