// The text of the 填写说明 tab: how clerks fill in each tab, one line per row, with a small
// picture (rows typed → lines printed) for each shape of report. Setup writes it; the reader
// never parses it. The examples/ folder holds whole workbooks of each shape.

import {
  HEADING_PLACEMENTS,
  INTRO_TAB_NAMES,
  ITEM_NUMBERINGS,
  ITEM_STYLES,
  LEVELS,
  LEVEL_HELP,
  SECTION_STATUSES,
  SETTING_KEYS,
  STATUS_DONE,
  STATUS_TO_UPDATE,
  TAB,
} from './schema';
import {
  formatLines,
  GUIDE_PICTURES,
  pictureLines,
} from './template-guide-pictures';

const [ALONE, RUN_IN] = Object.keys(HEADING_PLACEMENTS);
const [PER_SECTION, PER_CHAPTER] = Object.keys(ITEM_NUMBERINGS);
const quoted = (names: readonly string[]) => names.map(n => `“${n}”`).join('');

const P = GUIDE_PICTURES;

function settingsLines(): string[] {
  const k = SETTING_KEYS;
  return [
    `一、${TAB.settings}`,
    '在“内容”列填写各项设置。“单位名称”“报告年度”必填，其余可留空，要求见“说明”列。',
    `“${k.title}”：单元格内换行（Excel、WPS 按 Alt+Enter）即标题分行，每行居中印出；两个机关名称之间的空格照印。`,
    ...pictureLines(P.title),
    `“${k.addressee}”：填写后印在标题之下，顶格，末尾自动加“：”。`,
    `“${k.signOffUnit}”：联合行文时每行一个机关（单元格内换行），落款时上下排列，成文日期在最后一行。`,
    ...pictureLines(P.signOff),
    `“${k.attachments}”：每行一个附件名称，印在正文之后、落款之前；一个附件不编号，多个附件编 1. 2.。`,
    ...pictureLines(P.attachments),
    `“${k.chapterHeading}”“${k.sectionHeading}”：${ALONE}（默认）或${RUN_IN}，见第五部分（一）。`,
    `“${k.itemNumbering}”：${PER_SECTION}（默认）或${PER_CHAPTER}，见第五部分（二）；“${k.itemStyle}”：${ITEM_STYLES.map(style => `“${style}”`).join('或')}，默认“${ITEM_STYLES[0]}”。`,
    `${quoted([k.issuerMark, k.documentNumber, k.signer, k.copyTo, k.printingOrgan, k.printingDate])}：只印在报送上级的正式公文（报送版）中，网上公开的版本不用；报送版须填“${k.issuerMark}”和“${k.documentNumber}”（如 古街〔2025〕3号，用六角括号〔〕）。`,
  ];
}

function dataLines(): string[] {
  return [
    `二、${TAB.data}`,
    '每行一个指标。“指标”是不重复的名称，正文中写作 {{指标}} 引用其数值。',
    '“数值”可以是数字、公式、百分比（如 80.8%），也可以是约数，约数照填写的样子印出：30余、480余万、3万余、1.2万余、近3000、约3000、3000多、两。',
    '“单位”如 件、人、次、起、份、元、万元、%。件、人、次、起、份等计数须为不小于 0 的整数。',
    '单位为 % 的指标，数值填 0.808 或 80.8%，正文中默认写作 80.8%。',
    '“合计于”：填本行所属的合计指标名称，各组成部分之和须等于该合计指标。',
    '“不超过”：填另一指标名称，本行数值不得超过它。',
    '“目标”：目标值，如“≥85%”，生成时与数值比较。',
    '“来源说明”“负责科室”供核对，不进入报告。',
    '“上年数值”：上一年度的数值，“开始下一年度”（命令行 carry-over）自动填入，也可手工填写；正文中的“同比”“上年”“增减”格式用它与今年比较，变化超过一半时给出提示，请核对。',
  ];
}

function sectionLines(): string[] {
  return [
    `三、${TAB.intro}和各部分`,
    `“${TAB.intro}”表是报告开头的段落，不编章号；也可命名为${quoted(INTRO_TAB_NAMES)}。`,
    '每个报告部分一张表，表名以“一、”“二、”……开头，如“一、举措成效”“二、第一责任人”。部分的数量和顺序不限：',
    '三个、四个部分或六个以上的专题部分都可以；章号按工作表从左到右的顺序编排，与表名里的数字无关。',
    '国家规定的五个部分（举措成效、不足原因、第一责任人、下年安排、其他事项）缺了哪一部分只作提示；空白的部分表不进入报告。',
    '表名既不以“一、”等开头、也不是本说明所列名称的工作表（如“草稿”“备用”）不会读取，校验时会提示；同一编号的部分表有两张（如复制出的副本）是错误。',
    '每行是一个标题或一段文字，表内按行的顺序排列。',
    '“层级”决定编号，编号自动生成，请勿手工输入“一、”“（一）”“1.”“一是”等：',
    ...LEVELS.map(level => `  ${level}：${LEVEL_HELP[level]}`),
    '“标题”和“正文”都填时合为一段，标题在前，标题末尾没有标点时自动加“。”；只填“标题”时为单独的标题行。',
    `“状态”：${SECTION_STATUSES.join('、')}。不是“${STATUS_DONE}”的行，或其他行已完成而本行状态为空的行，生成时给出警告，以免未完成的内容被发出。`,
    `“开始下一年度”（命令行 carry-over）由今年的工作簿生成下一年度的工作簿：各行原样保留，状态改为“${STATUS_TO_UPDATE}”，“上年正文”列留存上年的正文供对照；状态仍为“${STATUS_TO_UPDATE}”而正文与上年一字不差的行，生成时给出警告。`,
    '隐藏的行不进入报告，隐藏行中有文字时给出警告；合并的单元格只取左上角单元格的内容。',
    '“备注”供内部沟通，不进入报告。',
  ];
}

function placeholderLines(): string[] {
  return [
    '四、占位符',
    '标题和正文中可引用数据表的指标：{{指标}}，或指定格式：{{指标|格式}}。格式有：',
    ...formatLines(),
    '  同比：今年 461、上年数值 410 → 增长12.4%；减少时如“下降3.1%”，不变为“持平”（“同比0”至“同比4”指定小数位数，默认 1 位）',
    '  上年：印出上年数值，如 410',
    '  增减：增加51件；减少时如“减少3件”；单位为 % 的指标如“提高9.2个百分点”',
    '内置占位符：{{年度}} 报告年度，{{下年度}} 报告年度的下一年，{{单位名称}} 本单位名称。',
    '人数、件数、金额等用阿拉伯数字书写；“中文”“两”格式只用于“四个方面”“两次”这类表述。',
  ];
}

function shapeLines(): string[] {
  const k = SETTING_KEYS;
  return [
    '五、报告的不同形式（“设置”是基本信息中的行：项目 | 内容；“填写”是表中的行：层级 | 标题 | 正文；“印出”是报告中的段落）',
    `（一）标题与正文同段：${TAB.settings}中“${k.sectionHeading}”填“${RUN_IN}”（“${k.chapterHeading}”同理）。只填标题的行仍单独成行。`,
    ...pictureLines(P.runIn),
    `（二）1. 跨节连续编号：${TAB.settings}中“${k.itemNumbering}”填“${PER_CHAPTER}”；到下一章时重新从 1. 开始。`,
    ...pictureLines(P.continuing),
    '（三）一是、二是在同一段内：第一个点用“要点”，接着的点用“段内要点”。相邻的要点、段内要点连续计数，中间隔了其他层级的行就从“一是”重新开始。',
    ...pictureLines(P.runOnPoints),
    ...pictureLines(P.runOnAfterParagraph),
    '（四）章下直接编 1. 2.：在“章”行之后直接填“条”行，不必加“节”。',
    ...pictureLines(P.itemsUnderChapter),
  ];
}

/** The 填写说明 text, one line per row; empty strings are blank rows. */
export function guideLines(): readonly string[] {
  return [
    '本工作簿用于生成《法治政府建设年度报告》。各表的表名和第一行列名请勿修改。',
    '编号、字体和版式由系统按 GB/T 9704 生成，表中只填文字和数字。',
    '',
    ...settingsLines(),
    '',
    ...dataLines(),
    '',
    ...sectionLines(),
    '',
    ...placeholderLines(),
    '',
    ...shapeLines(),
    '',
    `六、${TAB.log}`,
    '每次生成报告时由脚本自动填写，请勿修改。',
  ];
}
