// The five parts the national rules (《法治政府建设与责任落实督察工作规定》, 2019) ask a report
// to cover, and how a workbook's parts are matched to them: by the words of the tab names and of
// the 章 titles, since reports name and order their parts freely.

import type {SectionTab} from '../../workbook/report-model';

export const PART_TITLES = [
  '上一年度推进法治政府建设的主要举措和成效',
  '上一年度推进法治政府建设存在的不足和原因',
  '上一年度党政主要负责人履行推进法治建设第一责任人职责情况',
  '下一年度推进法治政府建设的主要安排',
  '其他需要报告的情况',
] as const;

/** Words that mark each national part (2–5) in a tab name or 章 title. */
const PART_WORDS: readonly (readonly [number, RegExp])[] = [
  [2, /不足|问题|差距|短板|薄弱/],
  [3, /第一责任人|主要负责人|履职|履行/],
  [4, /安排|计划|打算|思路|下一步|下步|展望|明年|下一年|下年/],
  [5, /其他|其它/],
];

/**
 * The national parts (1–5) the filled part tabs cover. A tab or 章 that matches none of parts
 * 2–5 is taken as part 1: thematic parts ("一、坚持党的领导…") report measures and results.
 */
export function nationalPartsCovered(
  parts: readonly SectionTab[],
): ReadonlySet<number> {
  const covered = new Set<number>();
  const classify = (text: string): boolean => {
    let matched = false;
    for (const [part, words] of PART_WORDS) {
      if (words.test(text)) {
        covered.add(part);
        matched = true;
      }
    }
    return matched;
  };
  for (const part of parts) {
    const chapters = part.rows.filter(r => r.level === '章');
    const tabMatched = classify(part.name);
    const chaptersMatched = chapters.map(c => classify(`${c.title}${c.text}`));
    if (!tabMatched && !chaptersMatched.some(m => m)) covered.add(1);
    else if (chaptersMatched.some(m => !m)) covered.add(1);
  }
  return covered;
}
