// Every sentence the Google Sheets side shows a clerk: menu labels, toasts, alerts, dialogs.

import type {AppError, AppErrorParams} from '../services/app-error';
import {FILE_NAME_TEXT, wordError, type MessageTable} from '../../core';

export const MENU_TITLE = '法治报告';

export const APP_TITLE = '法治报告';

const ERRORS: MessageTable<AppErrorParams> = {
  'drive-service-missing': () =>
    '未启用“Drive API”高级服务，无法保存报告。请在脚本编辑器的“服务”中添加 Drive API（v3）后重试。',
  'drive-failed': p =>
    `保存到云端硬盘时出错，报告未生成完整，已记入“生成记录”。工作簿内容没有改动，请稍后重试。（${p.detail}）`,
  'drive-busy': p =>
    `云端硬盘暂时无法访问，已重试 ${p.attempts} 次仍未成功。为避免重复建立输出文件夹，本次没有生成报告，工作簿没有改动。请过几分钟再试。（${p.detail}）`,
  'log-unwritable': p =>
    `无法在“生成记录”中登记新版本，本次没有生成报告，云端硬盘中没有新文件。请稍后重试。（${p.detail}）`,
  'log-failed': p =>
    `第 ${p.version} 版已保存到云端硬盘，但写入“生成记录”时出错，该行仍显示“进行中”（版本号已占用，不会重复）。文件：${p.docUrl} ${p.docxUrl}（${p.detail}）`,
  'submission-log-failed': p =>
    `报送版已保存到云端硬盘，但写入“生成记录”时出错，本次没有登记。文件：${p.docxUrl}（${p.detail}）`,
  busy: () => '正在生成报告，请稍候。其他人正在生成时请勿重复点击。',
  'other-clerks-version': p =>
    `第 ${p.version} 版由 ${p.owner} 生成，文件在其云端硬盘中，本脚本以你的账号无法操作它（每位用户只能操作自己生成的文件）。请 ${p.owner} 操作，或点击“生成报告”重新生成一版。`,
  'auto-draft-owned': p =>
    `自动生成已由 ${p.owner} 开启，触发器属于该账号，只有 ${p.owner} 能更改或关闭。请 ${p.owner} 在本工作簿中点击“关闭自动生成”。`,
  'no-report-yet': () => '还没有生成过报告。请先点击“法治报告 → 生成报告”。',
  'cell-not-found': p =>
    `找不到单元格 ${p.tab}!${p.cell}，工作表可能已改名或删除。请重新点击“校验全部”。`,
};

export function appErrorMessage(error: AppError): string {
  return wordError(ERRORS, error);
}

export const UNEXPECTED_ERROR =
  '操作没有完成：程序内部出错。请稍后重试；如仍出错，请把“扩展程序 → Apps Script → 执行记录”中的信息发给维护人员。';

/** Notes on the header cells of a new 生成记录 tab: which copy is which, why 操作人 may be unknown. */
export const LOG_HEADER_NOTES: Readonly<Record<string, string>> = {
  操作人:
    '生成者的 Google 账号邮箱。对其他个人 Gmail 账号及自动生成时，Google 可能不向脚本提供邮箱，此时写“未知”并注明原因。',
  文档链接:
    'Google 文档：审阅稿，供在线阅读和批注。Google 文档没有文档网格和字符间距，版面不是每页 22 行 × 28 字，字体会被替换。',
  公文链接:
    '公文 .docx：按 GB/T 9704 排版，打印和报送用这一份。导出PDF 的行在此列记 PDF 链接（由审阅稿导出）；生成报送版的行在此列记带版头和版记的报送版 .docx 链接。',
};

export const TEXT = {
  readingWorkbook: '正在读取工作簿…',
  generating: '正在生成报告：读取工作簿、生成文档并保存到云端硬盘…',
  /** The generation dialog's note: which copy is which (Google Docs cannot keep the line grid). */
  twoCopies:
    'Google 文档是审阅稿：供领导在线阅读和批注，Google 文档没有文档网格和字符间距，版面不是每页 22 行 × 28 字，字体也会被替换。公文 .docx 保持 GB/T 9704 版式，打印和报送请用它。',
  sidebarTitle: '工作簿检查结果',
  validationSummary: (errors: number, warnings: number, hints: number) =>
    `错误 ${errors} · 警告 ${warnings} · 提示 ${hints}`,
  marksCleared: (cells: number) =>
    cells === 0
      ? '没有校验标记需要清除。'
      : `已清除 ${cells} 个单元格的校验标记，原有批注和底色已恢复。`,
  rendering: '正在生成文档…',
  saving: '正在保存到云端硬盘…',
  done: '报告已生成',
  draftQuestion: (count: number, lines: string) =>
    `工作簿中有 ${count} 个错误，正式报告不能生成：\n\n${lines}\n\n是否仍生成一份草稿（文件名标注“${FILE_NAME_TEXT.draftMark}”）？`,
  moreFindings: (count: number) => `……另有 ${count} 个问题未列出`,
  generatedTitle: '报告已生成',
  generatedBody: (version: string) => `第 ${version} 版已保存到云端硬盘：`,
  /** The order the parts printed in: the workbook's tab order. */
  sectionOrder: (tabs: readonly string[]) =>
    `各部分顺序（按工作表顺序）：${tabs.join(' → ')}`,
  onlineDocLink: '打开 Google 文档（供审阅）',
  officialDocxLink: '下载公文 .docx（用于打印报送）',
  latestTitle: '最新报告',
  otherClerksVersion: (owner: string) =>
    `此版本由 ${owner} 生成。如链接打不开，请 ${owner} 共享给你，或点击“生成报告”重新生成。`,
  versionListTitle: '全部版本',
  versionDocLink: 'Google 文档',
  versionDocxLink: '公文 .docx',
  latestBody: (version: string, time: string) =>
    `第 ${version} 版，生成于 ${time}：`,
  setupDone: (created: number, filled: number) =>
    created + filled === 0
      ? '工作簿已是完整模板，无需改动。'
      : `已新建 ${created} 个工作表，补全 ${filled} 个表头或设置项。已有内容未作任何改动。`,
  setupConflicts: (lines: string) =>
    `以下表头与模板不符，未作改动，请核对：\n${lines}`,
  headerConflict: (cell: string, found: string, expected: string) =>
    `${cell} 为“${found}”，模板为“${expected}”`,
  sampleOverwriteQuestion: (tabs: string) =>
    `以下工作表的示例数据区域已有内容：${tabs}。\n\n载入示例会覆盖这些单元格。是否继续？`,
  sampleTitle: '载入示例数据',
  sampleLoaded:
    '示例数据已载入（古荡街道 2024 年度报告）。可点击“生成报告”查看效果。',
  sampleDeclined: '已取消，工作簿未作任何改动。',
  /** 操作人 when Apps Script hides the address (another consumer account, a simple trigger). */
  unknownUser: '（未知：Google 未向脚本提供此账号的邮箱）',
  /** Who switched the automatic draft on, when Apps Script hid their address. */
  unknownOwner: '另一位用户（邮箱未公开）',
  autoDraftUser: '自动生成',
  autoDraftSkippedBusy: '自动生成跳过：其他人正在生成或拉取审阅意见',
  autoDraftOn: (hour: number) =>
    `已开启自动生成：每天 ${hour} 点检查数据，有变化时生成一版草稿（见“生成记录”）。`,
  autoDraftOff: '已关闭自动生成。',
  autoDraftFailed: (detail: string) =>
    `上次自动生成没有完成（${detail}），详见“生成记录”。可点击“生成报告”手动生成。`,
  resultPending: '进行中',
  resultOk: '成功',
  resultDraft: '草稿（有错误）',
  resultFailed: (detail: string) => `失败：${detail}`,
  helpTitle: '法治报告 使用说明',
  helpHtml: `<p>1. 点击“初始化工作簿”建立全部工作表（已有内容不会被改动）。</p>
<p>2. 各科室按“填写说明”工作表填写：每个报告部分一个工作表，文中数字写在“数据”表，正文中用 {{指标}} 引用。</p>
<p>3. 点击“生成报告”：先检查工作簿，再在云端硬盘生成 Google 文档（供审阅）和公文 .docx（用于报送），并在“生成记录”中登记。</p>
<p>4. 报送上级时，在“基本信息”填写发文机关标志、发文字号等，点击“生成报送版”：生成带红色版头和版记的报送版 .docx（不转换为 Google 文档），在“生成记录”中另起一行登记，不占版本号。</p>
<p>5. 点击“打开最新报告”查看最近一版。</p>
<p>“填报进度”按负责科室列出各行状态、未填的数值和问题，点击可定位到单元格。</p>
<p>报告定稿后，点击“开始下一年度”：先把本年度各输入工作表复制保留（如“数据（2024年）”），再把数值移到“上年数值”、状态改为“待更新”。</p>
<p>想先看效果，可点击“载入示例数据”。</p>`,
} as const;
