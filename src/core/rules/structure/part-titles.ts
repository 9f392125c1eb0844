// The five parts the national rules (《法治政府建设与责任落实督察工作规定》, 2019) require,
// by part number 1–5, as findings name them: 第三部分“上一年度党政主要负责人…”.

import {toChineseNumeral} from '../../text/chinese-numerals';

export const PART_TITLES = [
  '上一年度推进法治政府建设的主要举措和成效',
  '上一年度推进法治政府建设存在的不足和原因',
  '上一年度党政主要负责人履行推进法治建设第一责任人职责情况',
  '下一年度推进法治政府建设的主要安排',
  '其他需要报告的情况',
] as const;

/** 3 → "第三部分". */
export function partLabel(part: number): string {
  return `第${toChineseNumeral(part)}部分`;
}

/** The title of part 1–5 in the national rules. */
export function partTitle(part: number): string {
  return PART_TITLES[part - 1] ?? '';
}
