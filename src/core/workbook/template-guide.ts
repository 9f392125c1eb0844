// The text of the 填写说明 tab: how clerks fill in each tab, one line per row.
// Setup writes it; the reader never parses it.

import {LEVELS, LEVEL_HELP, PART_TABS, SECTION_STATUSES, TAB} from './schema';

const FORMAT_EXAMPLES: readonly string[] = [
  '  百分比1：0.808 → 80.8%（数字为小数位数，可为 0 至 4）',
  '  万：4812345 → 481.23万',
  '  余：746 → 740余',
  '  万余：4812345 → 480余万',
  '  中文：4 → 四',
  '  千分位：4812345 → 4,812,345',
];

/** The 填写说明 text, one line per row; empty strings are blank rows. */
export function guideLines(): readonly string[] {
  const firstPart = PART_TABS[0];
  const lastPart = PART_TABS[PART_TABS.length - 1];
  return [
    '本工作簿用于生成《法治政府建设年度报告》。各表的表名和第一行列名请勿修改。',
    '编号、字体和版式由系统按 GB/T 9704 生成，表中只填文字和数字。',
    '',
    `一、${TAB.settings}`,
    '在“内容”列填写各项设置。“单位名称”“报告年度”必填，其余可留空，要求见“说明”列。',
    '',
    `二、${TAB.data}`,
    '每行一个指标。“指标”是不重复的名称，正文中写作 {{指标}} 引用其数值。',
    '“数值”可以是数字、公式、百分比（如 80.8%）或约数（如“30余”）；公式以计算结果为准。',
    '“单位”如 件、人、次、起、份、元、万元、%。件、人、次、起、份等计数须为不小于 0 的整数。',
    '单位为 % 的指标，数值填 0.808 或 80.8%，正文中默认写作 80.8%。',
    '“合计于”：填本行所属的合计指标名称，各组成部分之和须等于该合计指标。',
    '“不超过”：填另一指标名称，本行数值不得超过它。',
    '“目标”：目标值，如“≥85%”，生成时与数值比较。',
    '“来源说明”“负责科室”供核对，不进入报告。',
    '',
    `三、${TAB.intro}和各部分（${firstPart} 至 ${lastPart}）`,
    '每行是一个标题或一段文字。各部分按工作表顺序排列，表内按行的顺序排列。',
    '“层级”决定编号，编号自动生成，请勿手工输入“一、”“（一）”“1.”“一是”等：',
    ...LEVELS.map(level => `  ${level}：${LEVEL_HELP[level]}`),
    '“标题”和“正文”都填时合为一段，标题在前；只填“标题”时为单独的标题行。',
    `“状态”：${SECTION_STATUSES.join('、')}。“备注”供内部沟通，不进入报告。`,
    '',
    '四、占位符',
    '标题和正文中可引用数据表的指标：{{指标}}，或指定格式：{{指标|格式}}。格式有：',
    ...FORMAT_EXAMPLES,
    '内置占位符：{{年度}} 报告年度，{{下年度}} 报告年度的下一年，{{单位名称}} 本单位名称。',
    '人数、件数、金额等用阿拉伯数字书写；“中文”格式只用于“四个方面”这类表述。',
    '',
    `五、${TAB.log}`,
    '每次生成报告时由脚本自动填写，请勿修改。',
  ];
}
