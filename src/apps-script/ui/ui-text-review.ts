// Every sentence the review features show a clerk: sharing with reviewers, exporting a PDF and
// pulling reviewers' comments. Words only; the flows decide when to show them.

/** Joins addresses and other short items in a Chinese sentence. */
export const LIST_SEPARATOR = '、';

export const SHARE_TEXT = {
  promptTitle: '共享给审阅人',
  promptBody:
    '将把最新一版的 Google 文档和公文 .docx 以“可评论”权限共享给“基本信息”中的审阅人，并发送通知邮件。\n\n附言（随通知邮件发送，可留空）：',
  cancelled: '已取消，没有共享给任何人。',
  resultTitle: '共享给审阅人',
  shared: (version: string, addresses: string) =>
    `第 ${version} 版已共享给：${addresses}。`,
  nothingNew: (version: string) => `第 ${version} 版没有需要新共享的审阅人。`,
  skipped: (addresses: string) => `已有权限，未重复共享：${addresses}。`,
  refused: (lines: string) => `以下地址有误，未共享：\n${lines}`,
  failedReviewers: (lines: string) =>
    `云端硬盘拒绝共享给以下地址（常见原因：该邮箱没有 Google 账号，或对方单位的域名不允许外部共享），其他审阅人已照常共享：\n${lines}`,
  /** One address Drive refused, with Drive's reason; also how 共享记录 lists it. */
  failedEntry: (address: string, detail: string) =>
    `${address}（云端硬盘拒绝：${detail}）`,
  /** Appended to the sharing e-mail of the Google Doc, so one e-mail carries both links. */
  docxLinkLine: (url: string) => `公文 .docx（用于打印报送）：${url}`,
  docLinkLine: (url: string) => `Google 文档（审阅稿）：${url}`,
  logResultPartial: '部分成功',
  noReviewers:
    '“基本信息”中没有填写审阅人。请在“审阅人”一行填写邮箱（多个用逗号、顿号或换行分隔）后重试。',
  /** What the share entry shows for a Drive failure (AppError 'drive-failed'). */
  failed: (detail: string) =>
    `共享时云端硬盘出错，部分审阅人可能没有共享成功，已记入“共享记录”。请稍后重试；已共享的不会重复。（${detail}）`,
  /** One refused address in 共享记录: the address and its cell. */
  refusedEntry: (address: string, cell: string) => `${address}（${cell}）`,
  logResultOk: '成功',
  logResultNoReviewers: '没有可共享的审阅人',
  logResultFailed: (detail: string) => `失败：${detail}`,
} as const;

export const PDF_TEXT = {
  exporting: '正在导出 PDF…',
  resultTitle: '导出PDF',
  done: (version: string) =>
    `第 ${version} 版已导出为 PDF，保存在报告所在的云端硬盘文件夹。此 PDF 由 Google 文档（审阅稿）导出，版面不是公文格式（没有每页 22 行 × 28 字，字体已替换），供传阅；报送请用公文 .docx，或在 Word/WPS 中把公文 .docx 另存为 PDF。`,
  link: '打开 PDF',
  /** 结果 of the 生成记录 row of an export; the row has no 版本, so it is not a version. */
  logResult: (version: string) => `导出PDF（${version}）`,
  /** What the export entry shows for a Drive failure (AppError 'drive-failed'). */
  failed: (detail: string) =>
    `导出 PDF 时云端硬盘出错，没有生成 PDF。最新一版的 Google 文档可能已被删除、移入回收站，或由其他人生成（每位用户只能操作自己生成的文件）；可重新“生成报告”后再导出。（${detail}）`,
} as const;

export const COMMENTS_TEXT = {
  /** Ends a text cut to what one cell holds; `total` is the whole text's length. */
  cutMarker: (total: number) => `…（以下省略，共${total}字，请在文档中查看）`,
  pulling: (version: string) => `正在读取第 ${version} 版的审阅意见…`,
  resultTitle: '拉取审阅意见',
  /** What the entry shows after a pull (a toast is enough; the rows are in the tab). */
  summary: (r: {
    readonly version: string;
    readonly added: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly textChanged: boolean;
  }) =>
    (r.added + r.updated + r.unchanged === 0
      ? `第 ${r.version} 版还没有审阅意见。`
      : `第 ${r.version} 版的审阅意见已拉取到“审阅意见”工作表：新增 ${r.added} 条，更新 ${r.updated} 条，未变 ${r.unchanged} 条。`) +
    (r.textChanged
      ? '生成该版后工作簿有改动，“所在部分”按当前内容查找，找不到的留空。'
      : ''),
  /** What the pull entry shows for a Drive failure (AppError 'drive-failed'). */
  failed: (detail: string) =>
    `读取审阅意见时云端硬盘出错，“审阅意见”工作表未作改动。最新一版的 Google 文档可能已被删除、移入回收站，或由其他人生成（每位用户只能操作自己生成的文件）；请稍后重试，或重新生成。（${detail}）`,
  unknownAuthor: '（未知）',
  /** A reply that only resolved or reopened the comment, in the 回复 column. */
  resolvedReply: '（标记为已解决）',
  reopenedReply: '（重新打开）',
} as const;
