// The standard terms of rule-of-law reports that the term rule knows, and the correct words
// that look like one of them with a character missing (行政法 is not 行政执法 without 执).

/** Terms of four or more characters, as the national documents write them. */
export const STANDARD_TERMS = [
  '行政执法三项制度',
  '行政执法公示制度',
  '执法全过程记录制度',
  '重大执法决定法制审核制度',
  '合法性审查',
  '重大行政决策',
  '行政规范性文件',
  '法治政府建设',
  '公共法律服务',
  '第一责任人',
  '述职述法',
  '行政复议',
  '行政诉讼',
  '行政应诉',
  '行政执法',
  '行政处罚',
  '行政许可',
  '矛盾纠纷',
  '法律顾问',
  '依法行政',
  '习近平法治思想',
  '法治化营商环境',
] as const;

/**
 * Correct words that hold a term with one character dropped: a dropped-character match inside
 * one of them is not reported. A word equal to such a match silences it everywhere.
 */
export const LEGITIMATE_WORDS = [
  '行政法',
  '行政执行',
  '行政复核',
  '行政议',
  '行政诉求',
  '行政处',
  '行政应',
  '行政可',
  '矛盾纠葛',
  '矛盾纠结',
  '依法行',
  '法行政',
  '法律问',
  '述职述廉',
  '第一责任',
  '合法性审核',
  '重大行政决定',
  '法治政府建成',
] as const;
