// Every sentence the command line prints, in Chinese: help, summaries and error messages.

import type {CliError, CliErrorParams} from './cli-error';
import type {IoCause} from './io-cause';
import {type MessageTable, wordError, xlsxProblemMessage} from '../core';

/** Why a file could not be written, worded after “无法写入……：”. */
const WRITE_CAUSE: {readonly [cause in IoCause]: string} = {
  missing: '所在文件夹不存在',
  'no-permission': '没有写入权限',
  'read-only': '没有写入权限（所在磁盘或文件夹是只读的）',
  'disk-full': '磁盘已满，请腾出空间后再试',
  'name-too-long': '文件名太长，请换一个短一些的名字',
  'too-large': '文件过大，超出了系统允许的文件大小',
  'is-folder': '这是一个文件夹，不是文件',
  'not-folder': '路径中有一段是文件而不是文件夹',
  busy: '文件正被其他程序占用（例如已在 Word 或 WPS 中打开），请关闭后再试',
  'too-many-open': '系统同时打开的文件太多，请稍后再试',
  other: '系统拒绝了写入（加 --debug 可查看技术细节）',
};

/** Why a file could not be read, worded after “无法读取……：”. */
const READ_CAUSE: {readonly [cause in IoCause]: string} = {
  missing: '文件不存在',
  'no-permission': '没有读取权限',
  'read-only': '没有读取权限',
  'disk-full': '磁盘已满',
  'name-too-long': '文件名太长',
  'too-large': '文件过大',
  'is-folder': '这是一个文件夹，不是工作簿',
  'not-folder': '路径中有一段是文件而不是文件夹',
  busy: '文件正被其他程序占用，请关闭后再试',
  'too-many-open': '系统同时打开的文件太多，请稍后再试',
  other: '系统拒绝了读取（加 --debug 可查看技术细节）',
};

const KEEP = '原有文件保持不变。';

/** What the command does with the workbook it is missing, after “请指定”. */
const MISSING_WORKBOOK: Readonly<Record<string, string>> = {
  validate: '要校验',
  'carry-over': '本年度（已完成）',
  status: '要查看填报进度',
};

const ERRORS: MessageTable<CliErrorParams> = {
  'usage-unknown-command': p =>
    p.suggestion
      ? `未知命令“${p.command}”。您是不是要输入 ${p.suggestion}？`
      : `未知命令“${p.command}”。可用命令：build、template、validate、carry-over、status、help。运行 fazhi-report --help 查看用法。`,
  'usage-unknown-option': p =>
    p.suggestion
      ? `未知选项“${p.option}”。您是不是要输入 ${p.suggestion}？`
      : `未知选项“${p.option}”。运行时加 --help 查看可用选项。`,
  'usage-option-not-for-command': p =>
    `命令 ${p.command} 没有选项 ${p.option}。运行 fazhi-report ${p.command} --help 查看它的选项。`,
  'usage-missing-value': p =>
    `选项 ${p.option} 后面缺少取值，例如：${p.option} ${p.option === '--profile' ? '公文' : '报告.docx'}`,
  'usage-unexpected-value': p =>
    `选项 ${p.option} 不带取值，请去掉“=${p.value}”。`,
  'usage-extra-argument': p =>
    `命令 ${p.command} 不接受参数“${p.argument}”。${p.command === 'validate' ? '' : '输出文件请用 -o 指定。'}运行 fazhi-report ${p.command} --help 查看用法。`,
  'usage-missing-workbook': p =>
    `请指定${MISSING_WORKBOOK[p.command] ?? '要读取'}的工作簿，例如：fazhi-report ${p.command} 工作簿.xlsx`,
  'usage-next-year-without-sample': () =>
    '--next-year 只用于示例：请写 fazhi-report template --sample --next-year。要由本单位今年的工作簿生成下一年度的工作簿，请用 fazhi-report carry-over 今年的工作簿.xlsx',
  'usage-bad-profile': p =>
    `版式“${p.value}”无法识别。请用 --profile 公文、--profile 在线 或 --profile 报送。`,
  'workbook-missing': p => `找不到工作簿文件“${p.path}”。请检查路径。`,
  'workbook-not-xlsx': p => xlsxProblemMessage('not-xlsx', p.path),
  'workbook-too-large': p => xlsxProblemMessage('too-large', p.path),
  'workbook-encrypted': p => xlsxProblemMessage('encrypted', p.path),
  'workbook-unreadable': p =>
    `无法读取工作簿“${p.path}”：${READ_CAUSE[p.cause]}。`,
  'output-exists': p =>
    `“${p.path}”已存在，未覆盖。确需替换请加 --force，或用 -o 指定另一个文件名。`,
  'output-is-input': p =>
    `输出文件“${p.path}”就是输入的工作簿，不能覆盖（加 --force 也不行）。请用 -o 指定另一个文件名。`,
  'output-wrong-extension': p =>
    `输出文件“${p.path}”的扩展名是 ${p.extension}，不是 ${p.expected}，为免覆盖其他文件，未写入。请换一个以 ${p.expected} 结尾的文件名。`,
  'output-unwritable': p =>
    `无法写入“${p.path}”：${WRITE_CAUSE[p.cause]}。${KEEP}`,
};

export function cliErrorMessage(error: CliError): string {
  return wordError(ERRORS, error);
}

export const UNEXPECTED_ERROR =
  '程序内部出错，未生成任何文件。请加 --debug 重新运行，并把输出发给维护人员。';

const EXIT_CODES =
  '退出码：0 成功（可有警告）；1 工作簿存在错误；2 输入无法使用（文件不存在、不是工作簿、参数有误、无法写入、输出文件已存在）；3 程序内部错误';

export const HELP = {
  main: `fazhi-report —— 由工作簿生成《法治政府建设年度报告》（GB/T 9704 公文格式 .docx）

用法：
  fazhi-report build [工作簿.xlsx] [-o 报告.docx] [--profile 公文|在线|报送] [--force]
  fazhi-report template [-o 工作簿.xlsx] [--sample] [--force]
  fazhi-report validate 工作簿.xlsx [--json] [--profile 公文|在线|报送]
  fazhi-report carry-over 今年的工作簿.xlsx [-o 下一年度的工作簿.xlsx] [--force]
  fazhi-report status 工作簿.xlsx [--json]
  fazhi-report help [命令]

命令：
  build      生成报告 .docx；不指定工作簿时使用内置示例（古荡街道 2024 年度报告）
  template   生成空白工作簿模板；加 --sample 填入示例数据
  validate   校验工作簿，逐条列出问题（工作表!单元格  级别  说明）
  carry-over 由今年的工作簿生成下一年度的工作簿（数值移入“上年数值”，各行状态改为“待更新”）
  status     按负责科室列出填报进度：各状态的行数、空着的数值、各自行中的问题
  help       显示帮助；help build 显示 build 的用法

通用选项：
  -h, --help   显示帮助
  --version    显示版本号
  --debug      出错时显示技术细节

文件安全：不覆盖已有文件（加 --force 才替换），从不覆盖输入的工作簿；写入失败时原文件保持不变。
${EXIT_CODES}`,
  build: `用法：fazhi-report build [工作簿.xlsx] [-o 报告.docx] [--profile 公文|在线|报送] [--force]

  不指定工作簿时使用内置示例。
  -o, --output   输出文件，默认“<报告标题>.docx”（当前目录）；不带扩展名时补上 .docx
  --profile      版式：公文（默认，仿宋_GB2312 等，用于网上公开）、在线（Noto 字体，用于 Google 文档）
                 或 报送（报送上级的正式公文：红色发文机关标志、发文字号、签发人、分隔线、印章位置和版记；
                 须在“基本信息”填写发文机关标志和发文字号）
  --force        输出文件已存在时替换它（输入的工作簿任何时候都不会被覆盖）
  存在错误时不生成文档，并列出错误。`,
  template: `用法：fazhi-report template [-o 工作簿.xlsx] [--sample] [--force]

  生成包含全部工作表、表头、下拉选项和填写说明的工作簿，可在 Excel、WPS、LibreOffice、Google 表格中打开。
  -o, --output   输出文件，默认“法治报告工作簿.xlsx”（加 --sample 时为“法治报告示例工作簿.xlsx”）；不带扩展名时补上 .xlsx
  --sample       填入示例数据（古荡街道 2024 年度报告）
  --next-year    与 --sample 同用：示例的下一年度（2025 年）工作簿，即对示例运行 carry-over 的结果，
                 默认文件名“法治报告示例工作簿2025.xlsx”
  --force        输出文件已存在时替换它（否则不覆盖，以免丢失已填写的工作簿）`,
  validate: `用法：fazhi-report validate 工作簿.xlsx [--json] [--profile 公文|在线|报送]

  逐条列出问题：工作表!单元格  级别  说明。不写任何文件。
  --json      以 JSON 数组输出（tab、cell、severity、code、message、params）
  --profile   按该版式校验；报送 另列出报送版特有的问题（如“基本信息”中发文机关标志、发文字号为空）
  退出码：0 无错误（可有警告），1 存在错误，2 文件无法使用。`,
  'carry-over': `用法：fazhi-report carry-over 今年的工作簿.xlsx [-o 下一年度的工作簿.xlsx] [--force]

  由已完成的本年度工作簿生成下一年度的工作簿，原工作簿不作任何改动：
  报告年度加 1，成文日期清空；“数据”表每个指标的数值（公式取其结果）移入“上年数值”列，数值清空；
  各部分的每一行连同负责科室原样保留，状态改为“待更新”，本行正文另存一份在“上年正文”列供对照；
  生成记录、共享记录、审阅意见留在本年度的工作簿中，不带入。
  正文中可用 {{指标|同比}}、{{指标|上年}}、{{指标|增减}} 与上年比较。
  -o, --output   输出文件，默认把文件名中的年份换成下一年（如 古荡2024.xlsx → 古荡2025.xlsx），放在原工作簿旁
  --force        输出文件已存在时替换它（输入的工作簿任何时候都不会被覆盖）`,
  status: `用法：fazhi-report status 工作簿.xlsx [--json]

  按负责科室列出：负责的内容行数及各状态（待填写、填写中、待审核、已完成、待更新）的行数，
  负责的数据项及其中数值为空的项（附单元格），本科室各行中的问题；再列出各部分是否已全部完成。
  不写任何文件。
  --json   以 JSON 输出（offices、parts、otherFindings）
  退出码：0 全部完成，1 仍有未完成的行、空着的数值或错误，2 文件无法使用。`,
} as const;

export function versionLine(version: string): string {
  return `fazhi-report ${version}`;
}

export function errorsRefused(count: number): string {
  return `存在 ${count} 个错误，未生成文档。请先改正以上单元格后再生成。`;
}

export function builtLine(
  path: string,
  source: string,
  profile: string,
): string {
  return `已生成 ${path}（来源：${source}，版式：${profile}）`;
}

export const SAMPLE_SOURCE = '内置示例';

/** The order the parts print in: the workbook's tab order, so a moved tab is seen at once. */
export function sectionOrderLine(tabs: readonly string[]): string {
  return `各部分顺序（按工作表顺序）：${tabs.join(' → ')}`;
}

export function statsLine(
  stats: {
    readonly paragraphs: number;
    readonly figuresUsed: number;
    readonly figuresDefined: number;
  },
  summary: string,
): string {
  return `段落 ${stats.paragraphs} 个，引用数据 ${stats.figuresUsed} 项（共 ${stats.figuresDefined} 项），${summary}`;
}

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

export function carriedLine(
  path: string,
  year: number,
  counts: {
    readonly figures: number;
    readonly rows: number;
    readonly tabsLeftOut: readonly string[];
  },
): string {
  const leftOut =
    counts.tabsLeftOut.length > 0
      ? `；${counts.tabsLeftOut.join('、')}留在原工作簿中，未带入`
      : '';
  return `已生成 ${year} 年度工作簿 ${path}：${counts.figures} 项数据的数值已移入“上年数值”，${counts.rows} 行内容的状态已改为“待更新”${leftOut}。原工作簿未作改动。`;
}

export function carryOverRefused(): string {
  return '基本信息中的报告年度无法识别，未生成下一年度的工作簿。请先改正以上单元格。';
}

/** What `template` wrote: the sample workbook or the blank one. */
export function templateLine(path: string, sample: boolean): string {
  return sample
    ? `已生成示例工作簿 ${path}（古荡街道 2024 年度报告的全部数据）`
    : `已生成空白工作簿 ${path}，请按“填写说明”工作表填写`;
}

export function sampleNextYearLine(path: string, year: number): string {
  return `已生成示例的下一年度工作簿 ${path}（古荡街道 ${year} 年度，数值待填写，上年数值为 ${year - 1} 年的数据）`;
}

/** The words of `status`: one block per 负责科室, then one line per part. */
export const STATUS_TEXT = {
  heading: (path: string) => `${path} 填报进度（按负责科室）`,
  office: (office: string) => office || '未指定负责科室',
  officeLine: (
    office: string,
    rows: number,
    statuses: string,
    figures: number,
    empty: number,
    problems: number,
    complete: boolean,
  ) =>
    `${office}：内容 ${rows} 行${statuses ? `（${statuses}）` : ''}，数据 ${figures} 项${empty > 0 ? `（数值为空 ${empty} 项）` : ''}，问题 ${problems} 个 —— ${complete ? '已完成' : '未完成'}`,
  status: (status: string, rows: number) => `${status || '状态未填'} ${rows}`,
  emptyFigures: (items: readonly string[]) => `  数值为空：${items.join('、')}`,
  emptyFigure: (name: string, cell: string) => `${name}（${cell}）`,
  hintsNotListed: (count: number) =>
    `  另有 ${count} 条提示，运行 fazhi-report validate 查看。`,
  partsHeading: '各部分：',
  partLine: (tab: string, done: number, rows: number, complete: boolean) =>
    `  ${tab}  已完成 ${done}/${rows} 行  ${complete ? '全部完成' : '未完成'}`,
  otherFindings: (count: number) =>
    `另有 ${count} 个问题不属于某个科室的行（如基本信息、表头），运行 fazhi-report validate 查看。`,
  allDone: '全部内容已完成，数值均已填写，没有错误。',
} as const;

/** `build` refused on errors: what is still missing, per 负责科室. */
export function missingByOfficeLine(
  office: string,
  names: readonly string[],
): string {
  return `  ${office || '未指定负责科室'}：${names.join('、')}`;
}

export const MISSING_BY_OFFICE_HEADING = '数值仍为空的指标（按负责科室）：';
