// Every sentence the command line prints, in Chinese: help, summaries and error messages.

import type {CliError, CliErrorParams} from './cli-error';
import {wordError, type MessageTable} from '../core/errors/coded-error';

const ERRORS: MessageTable<CliErrorParams> = {
  'usage-unknown-command': p =>
    `未知命令“${p.command}”。可用命令：build、template、validate。运行 fazhi-report --help 查看用法。`,
  'usage-bad-option': p => `参数有误：${p.detail}。运行时加 --help 查看用法。`,
  'usage-missing-workbook': () =>
    '请指定要校验的工作簿，例如：fazhi-report validate 工作簿.xlsx',
  'usage-bad-profile': p =>
    `字体方案“${p.value}”无法识别。请用 --profile 公文 或 --profile 在线。`,
  'workbook-missing': p => `找不到工作簿文件“${p.path}”。请检查路径。`,
  'workbook-not-xlsx': p =>
    `“${p.path}”不是 .xlsx 工作簿。请在 Excel、WPS 或 Google 表格中“另存为 / 下载为 .xlsx”后再试。`,
  'output-unwritable': p => `无法写入“${p.path}”：${p.reason}`,
};

export function cliErrorMessage(error: CliError): string {
  return wordError(ERRORS, error);
}

export const UNEXPECTED_ERROR =
  '程序内部出错，未生成任何文件。请加 --debug 重新运行，并把输出发给维护人员。';

export const HELP = {
  main: `fazhi-report —— 由工作簿生成《法治政府建设年度报告》（GB/T 9704 公文格式 .docx）

用法：
  fazhi-report build [工作簿.xlsx] [-o 报告.docx] [--profile 公文|在线]
  fazhi-report template [-o 工作簿.xlsx] [--sample]
  fazhi-report validate 工作簿.xlsx [--json]

命令：
  build      生成报告 .docx；不指定工作簿时使用内置示例（古荡街道 2024 年度报告）
  template   生成空白工作簿模板；加 --sample 填入示例数据
  validate   校验工作簿，逐条列出问题（工作表!单元格  级别  说明）

通用选项：
  -h, --help   显示帮助
  --debug      出错时显示技术细节

退出码：0 成功（可有警告），1 存在错误，2 输入无法使用（文件不存在、不是工作簿、参数有误）`,
  build: `用法：fazhi-report build [工作簿.xlsx] [-o 报告.docx] [--profile 公文|在线]

  不指定工作簿时使用内置示例。
  -o, --output   输出文件，默认“<报告标题>.docx”（当前目录）
  --profile      字体方案：公文（默认，仿宋_GB2312 等，用于打印报送）或 在线（Noto 字体，用于 Google 文档）
  存在错误时不生成文档，并列出错误。`,
  template: `用法：fazhi-report template [-o 工作簿.xlsx] [--sample]

  生成包含全部工作表、表头、下拉选项和填写说明的工作簿，可在 Excel、WPS、LibreOffice、Google 表格中打开。
  -o, --output   输出文件，默认“法治报告工作簿.xlsx”（加 --sample 时为“法治报告示例工作簿.xlsx”）
  --sample       填入示例数据（古荡街道 2024 年度报告）`,
  validate: `用法：fazhi-report validate 工作簿.xlsx [--json]

  逐条列出问题：工作表!单元格  级别  说明。
  --json   以 JSON 数组输出（tab、cell、severity、code、message、params）
  退出码：0 无错误（可有警告），1 存在错误，2 文件无法使用。`,
} as const;

export function hintsNotListed(count: number): string {
  return `另有 ${count} 条提示未列出，运行 fazhi-report validate 查看。`;
}

export function summaryLine(counts: {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}): string {
  const total = counts.error + counts.warning + counts.info;
  return `问题 ${total} 个（错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}）`;
}
