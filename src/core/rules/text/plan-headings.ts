// Which chapter is the plan for the next year, found by its heading, not by its tab: offices
// put it fourth, third or last, and name it 下一步工作安排, 2025年工作计划, 今后打算 …

import {halfWidthDigits} from './char-classes';

const PLAN_WORDS =
  /安排|计划|打算|思路|下一步|下步|明年|今后|下一年|下年度|\{\{\s*下年度\s*\}\}/;

/** A heading typed with its chapter number, as a pasted report has it: "四、2025年工作安排". */
const TYPED_CHAPTER = /^[一二三四五六七八九十]{1,3}、/;

/**
 * Whether a row opens a chapter: a 章, or a row whose text starts with a typed chapter number
 * (a report pasted paragraph by paragraph).
 */
export function opensChapter(level: string, heading: string): boolean {
  return level === '章' || TYPED_CHAPTER.test(heading);
}

/** Whether a 章 heading (its 标题, or its 正文 when the 标题 is empty) opens the plan. */
export function isPlanHeading(
  heading: string,
  reportYear: number | undefined,
): boolean {
  if (PLAN_WORDS.test(heading)) return true;
  return (
    reportYear !== undefined &&
    halfWidthDigits(heading).includes(`${reportYear + 1}年`)
  );
}
