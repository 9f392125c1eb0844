// Every sentence 生成报送版 shows a clerk: the toast, the dialog with the 报送 .docx and the
// words of its row in 生成记录. Words only; the flow decides when to show them.

import type {SubmissionBasis} from '../../core';

export const SUBMISSION_TEXT = {
  generating: '正在生成报送版：读取工作簿、生成报送版 .docx 并保存到云端硬盘…',
  title: '报送版已生成',
  body: (basis: SubmissionBasis) => {
    switch (basis.kind) {
      case 'same':
        return `报送版 .docx 已保存到云端硬盘（内容与第 ${basis.version} 版相同）：`;
      case 'changed':
        return `报送版 .docx 已保存到云端硬盘（按工作簿当前内容生成，第 ${basis.version} 版之后数据有改动）：`;
      case 'none':
        return '报送版 .docx 已保存到云端硬盘：';
    }
  },
  link: '下载报送版 .docx（用于报送上级）',
  /** Why there is no Google Doc of this version. */
  noGoogleDoc:
    '报送版只保存为 .docx，不转换为 Google 文档：Google 文档会丢失红色版头（发文机关标志、发文字号、签发人）、红色分隔线和版记的版式。请用 Word 或 WPS 打开核对后打印、盖章报送。',
  /** The 生成记录 row's 结果: a 报送 run is not a version, so its 版本 cell stays empty. */
  logResult: (basis: SubmissionBasis, draft: boolean) => {
    const what = draft ? '报送版草稿（有错误）' : '报送版';
    switch (basis.kind) {
      case 'same':
        return `${what}（内容同 ${basis.version}）`;
      case 'changed':
        return `${what}（${basis.version} 之后有改动）`;
      case 'none':
        return what;
    }
  },
} as const;
