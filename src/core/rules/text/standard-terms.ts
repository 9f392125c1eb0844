// The standard terms of rule-of-law reports that the term rule knows, the correct words that
// look like one of them with a character missing (行政法 is not 行政执法 without 执), and the
// common words that join onto such a look-alike's edge (进行执法 is not 行政执法 without 政).

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
  '法治营商环境',
] as const;

/**
 * Common two-character words that end on the first character or start on the last character of
 * a look-alike: when one crosses the edge of a match (进|行执法, 行政罚|款, 法律问|题), the match
 * is the tail or head of an ordinary word, not a term with a character missing.
 */
export const JOINING_WORDS = [
  // … ending in 行, before 行执法, 行复议, 行诉讼, 行应诉, 行处罚, 行许可
  '进行',
  '履行',
  '执行',
  '推行',
  '实行',
  '施行',
  '先行',
  '试行',
  '运行',
  '自行',
  '另行',
  '举行',
  '践行',
  '现行',
  '暂行',
  '并行',
  '同行',
  '通行',
  '奉行',
  '遵行',
  '强行',
  '可行',
  '例行',
  '厉行',
  '代行',
  // … starting with the character after a look-alike
  '罚款',
  '罚没',
  '问题',
  '问责',
  '问询',
  '政务',
  '政策',
  '政治',
  '纷繁',
  '纷纷',
  '诉求',
  '诉前',
  '议事',
  '可以',
  '处理',
  '处置',
] as const;

/**
 * Terms shorter than this are not matched with their first or last character missing: a
 * three-character head or tail (述职述, 政复议) is part of too many correct words.
 */
export const MIN_LENGTH_FOR_EDGE_DROP = 6;
