// Every sentence the offline page writes at run time, in Chinese. The fixed labels are in
// page.html; reader problems are worded by the core's table (xlsxProblemMessage).

import {FILE_NAME_TEXT, type ProfileName, type Severity} from '../core';

export const PAGE_TEXT = {
  countUnit: '条',
  noFindings: '未发现问题，可以生成报告。',
  noWorkbook: '打开工作簿后，这里按工作表列出问题和改法。',
  noPreview:
    '打开工作簿后，这里显示报告正文：标题、各级标题和段落，与 Word 中一致。',
  sampleSource: '示例工作簿',
} as const;

/** Labels of the outputs in the 生成报告 choice; a new profile does not compile without one. */
export const PROFILE_LABEL: {readonly [p in ProfileName]: string} = {
  公文: '公开版（仿宋_GB2312 等，网上公开、打印）',
  在线: '在线字体（思源/Noto 字体，用于网上阅读）',
  报送: '报送版（红色版头、版记，报送上级；需在基本信息填写发文机关标志和发文字号）',
};

export function summaryText(
  counts: Readonly<Record<Severity, number>>,
): string {
  return `错误 ${counts.error} · 警告 ${counts.warning} · 提示 ${counts.info}`;
}

export function readingText(file: string): string {
  return `正在读取“${file}”……`;
}

export function loadedText(
  file: string,
  stats: {readonly paragraphs: number; readonly figuresUsed: number},
): string {
  return `已读取“${file}”：报告共 ${stats.paragraphs} 段，引用数据 ${stats.figuresUsed} 项。`;
}

export function unexpectedText(file: string): string {
  return `读取“${file}”时程序出错，未能打开。请确认它是 Excel、WPS 或 Google 表格保存的 .xlsx 工作簿；仍然不行时，请把文件发给维护人员。`;
}

export function refusedText(errors: number): string {
  return `工作簿中有 ${errors} 个错误，不能生成正式报告。请按左侧列出的单元格改正后重新打开工作簿；也可以先生成一份草稿（文件名标注“${FILE_NAME_TEXT.draftMark}”）。`;
}

export function downloadedText(name: string): string {
  return `已生成“${name}”，请到浏览器的“下载”中查看。`;
}
