// What 开始下一年度 says to a clerk, and the line of 生成报告 naming offices with unfinished rows.

export const NEXT_YEAR_TEXT = {
  title: '开始下一年度',
  question: (finished: number, next: number, copies: readonly string[]) =>
    `将把本工作簿改为 ${next} 年度的填报表：\n\n` +
    `1. 先把 ${finished} 年度的各输入工作表原样复制保留（${copies.join('、')}），放在最后；\n` +
    `2. 再在原工作表中：报告年度改为 ${next}，成文日期清空；“数据”中各指标的数值移到“上年数值”列，数值清空；各部分的状态改为“待更新”，正文另存一份到“上年正文”列。\n\n` +
    '生成记录、共享记录、审阅意见不变。是否继续？',
  declined: '已取消，工作簿没有改动。',
  refused: (lines: string) =>
    `无法开始下一年度：请先在“基本信息”中填写正确的报告年度。\n\n${lines}`,
  copiesExist: (names: readonly string[]) =>
    `工作簿中已有上一年度的副本（${names.join('、')}），可能已经开始过下一年度。为避免覆盖，本次没有做任何改动。如确需重新开始，请先把这些工作表改名或删除。`,
  done: (
    next: number,
    copies: readonly string[],
    figures: number,
    rows: number,
  ) =>
    `已开始 ${next} 年度：${copies.length} 个工作表的上一年度副本已保留（${copies.join('、')}）；${figures} 项指标的数值已移到“上年数值”，${rows} 行内容已标为“待更新”。请各负责科室更新数值和正文，完成后把状态改为“已完成”。`,
} as const;

export const UNFINISHED_TEXT = {
  line: (offices: string, withoutOffice: number) =>
    `尚未完成（状态不是“已完成”）的内容仍会写入报告：${[
      offices,
      withoutOffice > 0 ? `${withoutOffice} 行未填负责科室` : '',
    ]
      .filter(Boolean)
      .join('；')}。`,
  office: (office: string, rows: number) => `${office} ${rows} 行`,
} as const;
