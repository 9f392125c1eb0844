// Every sentence of 自检 (self-check): item names, results and what each line means.

import {TAB, type RoundTripLine} from '../../core';

/** The tab 自检 writes; the core knows it as one of the script's own tabs. */
export const SELF_CHECK_TAB = TAB.selfCheck;
export const SELF_CHECK_COLUMNS = ['项目', '结果', '说明'] as const;

export const RESULT = {
  ok: '通过',
  note: '注意',
  changed: '有变化',
  failed: '失败',
} as const;

const ROUND_TRIP_ITEMS: Readonly<Record<RoundTripLine['item'], string>> = {
  'page-size': '往返：页面大小',
  margins: '往返：页边距',
  fonts: '往返：字体',
  'line-spacing': '往返：行距',
  'line-grid': '往返：文档网格（每页 22 行）',
  'character-spacing': '往返：字符间距（每行 28 字）',
  footers: '往返：页脚（奇偶页）',
  'page-number': '往返：页码',
};

export const SELF_CHECK_TEXT = {
  time: '检查时间',
  account: '账号',
  accountHidden:
    '（Google 未向脚本提供邮箱：其他个人 Gmail 账号常见。“生成记录”的操作人将写“未知”，多人协作时无法预先判断版本归属。）',
  scopes: '授权范围',
  scopesOk: (n: number) => `已授予全部 ${n} 项`,
  scopesMissing: (list: string) =>
    `未授予：${list}。请重新打开工作簿，点菜单时按提示授权全部权限。`,
  scopesUnknown: '此运行环境无法列出已授予的范围（不影响使用）。',
  drive: 'Drive 高级服务',
  driveOn: '已启用',
  driveOff:
    '未启用：在脚本编辑器“服务”中添加 Drive API（v3）。未启用时无法生成、共享或导出。',
  triggers: '本账号的触发器',
  triggerNote: (owner: string) =>
    owner ? `自动生成由 ${owner} 开启。` : '自动生成未开启。',
  sheetValues: '整表一次读取（getSheetValues）',
  sheetValuesSame: (tab: string, rows: number, columns: number) =>
    `与 getDataRange 读出的“${tab}”一致（${rows} 行 × ${columns} 列）：生成报告可改为每张工作表少一次调用。`,
  sheetValuesDifferent: (tab: string, detail: string) =>
    `与 getDataRange 读出的“${tab}”不同（${detail}）：生成报告继续用 getDataRange，不影响使用。`,
  sheetValuesFailed: (detail: string) =>
    `不支持（${detail}）：生成报告继续用 getDataRange，不影响使用。`,
  sheetValuesNoTab: '没有至少 2 行 2 列的工作表可比较，未检查。',
  roundTripItem: (item: RoundTripLine['item']) => ROUND_TRIP_ITEMS[item],
  roundTripNote: (line: RoundTripLine) =>
    `发送：${line.sent}；返回：${line.back}`,
  roundTripSkipped: '往返测试',
  roundTripSkippedNote: '未运行：Drive 高级服务未启用。',
  upload: '往返：上传并转换为 Google 文档',
  pdf: '往返：导出 PDF',
  pdfOk: (kb: number) =>
    `已导出，${kb} KB（PDF 由 Google 文档导出，版面同审阅稿）。`,
  cleanup: '清理测试文件',
  cleanupOk: '测试用的 Google 文档已删除。',
  failedNote: (detail: string) => `出错：${detail}`,
  summaryTitle: '自检',
  summary: (ok: number, notes: number, changed: number, failed: number) =>
    `自检完成：通过 ${ok} 项，注意 ${notes} 项，有变化 ${changed} 项，失败 ${failed} 项。\n\n详见“自检”工作表。“有变化”表示 Google 文档没有保留这一项，这是审阅稿与公文 .docx 的差别，打印报送请用公文 .docx。可以把该工作表发给技术支持人员。`,
} as const;
