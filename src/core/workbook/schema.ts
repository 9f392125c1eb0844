// The workbook contract: tab names, column headers, 层级 values and settings keys.
// The reader, the template writer and the Apps Script setup all take their names from here.

import {normaliseKey} from './cell-text';

export const TAB = {
  guide: '填写说明',
  settings: '基本信息',
  data: '数据',
  intro: '导语',
  log: '生成记录',
  review: '审阅意见',
  shareLog: '共享记录',
  selfCheck: '自检',
} as const;

/** Other names clerks give the opening tab; each is read as 导语. */
export const INTRO_TAB_NAMES: readonly string[] = [
  '前言',
  '引言',
  '序言',
  '开头',
  '开头语',
];

/** Tabs that are not the report's text: the guide and the script's own records. */
export const SCRIPT_TABS: readonly string[] = [
  TAB.guide,
  TAB.log,
  TAB.review,
  TAB.shareLog,
  TAB.selfCheck,
];

/**
 * The five parts of the national rules, in order, as the template names their tabs. A workbook
 * may hold any number of part tabs ("六、…" and beyond), in any order: see tab-names.ts.
 */
export const PART_TABS = [
  '一、举措成效',
  '二、不足原因',
  '三、第一责任人',
  '四、下年安排',
  '五、其他事项',
] as const;

export const SETTINGS_COLUMNS = ['项目', '内容', '说明'] as const;

export const DATA_COLUMNS = [
  '指标',
  '数值',
  '单位',
  '合计于',
  '不超过',
  '目标',
  '来源说明',
  '负责科室',
  '上年数值',
] as const;
/**
 * 上年数值: last year's value of the figure, written by carry-over (or typed), read by the
 * year-on-year formats. Optional: a workbook without the column reads with no finding.
 */
export const PREVIOUS_VALUE_COLUMN = '上年数值' satisfies DataColumn;
/** The 数据 columns the template writes (all but 上年数值, which carry-over adds). */
export const REQUIRED_DATA_COLUMNS: readonly DataColumn[] = DATA_COLUMNS.filter(
  c => c !== PREVIOUS_VALUE_COLUMN,
);

/**
 * The columns the report cannot be read without; the other template columns (单位, 合计于,
 * 负责科室, 状态, 备注, 说明 …) are read when present, so a clerk who deletes one loses only
 * what it held, not the report.
 */
export const READ_DATA_COLUMNS = ['指标', '数值'] as const;
export const READ_SECTION_COLUMNS = ['层级', '标题', '正文'] as const;
export const READ_SETTINGS_COLUMNS = ['项目', '内容'] as const;

export const SECTION_COLUMNS = [
  '层级',
  '标题',
  '正文',
  '负责科室',
  '状态',
  '备注',
] as const;
/**
 * 上年正文: last year's 正文 of the row, written by carry-over beside the rows it copies, so the
 * clerk can compare and the rules can tell a row nobody updated. Not part of the template.
 */
export const PREVIOUS_TEXT_COLUMN = '上年正文';

export const LOG_COLUMNS = [
  '生成时间',
  '操作人',
  '版本',
  '文档链接',
  '公文链接',
  '错误数',
  '警告数',
  '数据指纹',
  '结果',
] as const;

/**
 * The 审阅意见 tab: one row per reviewer comment, keyed by 版本 + 意见编号 (the Drive comment id).
 * The script writes every column but 处理情况, which is the clerk's.
 */
export const REVIEW_COLUMNS = [
  '版本',
  '意见编号',
  '作者',
  '时间',
  '所在部分',
  '引用原文',
  '意见',
  '回复',
  '是否已解决',
  '处理情况',
] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
export const REVIEW_CLERK_COLUMN = '处理情况' satisfies ReviewColumn;
/** 是否已解决 values. */
export const REVIEW_RESOLVED = {yes: '是', no: '否'} as const;

export type DataColumn = (typeof DATA_COLUMNS)[number];
export type SectionColumn = (typeof SECTION_COLUMNS)[number];
export type SettingsColumn = (typeof SETTINGS_COLUMNS)[number];

/**
 * 层级 values. 段内要点 runs a point on inside the paragraph before it
 * ("行政执法工作方面：一是…；二是…").
 */
export const LEVELS = [
  '章',
  '节',
  '条',
  '款',
  '要点',
  '段内要点',
  '段落',
] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_HELP: Readonly<Record<Level, string>> = {
  章: '一级标题，编号“一、”，黑体',
  节: '二级标题，编号“（一）”，楷体',
  条: '三级，编号“1.”或“1、”；有正文时与正文同段',
  款: '四级，编号“（1）”',
  要点: '独立成段，编号“一是”“二是”…',
  段内要点: '接在上一段之后，编号“一是”“二是”…',
  段落: '普通段落，无编号',
};

export const SECTION_STATUSES = [
  '待填写',
  '填写中',
  '待审核',
  '已完成',
  '待更新',
] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];
/** The status carry-over gives every row copied from last year's workbook. */
export const STATUS_TO_UPDATE = '待更新' satisfies SectionStatus;
/** The status of a finished row; 已审核, offered by earlier templates, means the same. */
export const STATUS_DONE = '已完成';
export const STATUS_DONE_ALIASES: readonly string[] = [STATUS_DONE, '已审核'];

/** 已完成 and its alias 已审核 (spaces and full-width forms ignored, as normaliseKey does). */
export function isStatusDone(status: string): boolean {
  return STATUS_DONE_ALIASES.includes(normaliseKey(status));
}

export const SETTING_KEYS = {
  unitName: '单位名称',
  year: '报告年度',
  title: '报告标题',
  addressee: '主送机关',
  signOffUnit: '落款单位',
  signOffDate: '成文日期',
  itemStyle: '三级编号样式',
  reviewers: '审阅人',
  shareDomain: '共享限定域名',
  outputFolder: '输出文件夹',
  autoDraftHour: '自动生成时间',
  chapterHeading: '章标题',
  sectionHeading: '节标题',
  itemNumbering: '三级编号方式',
  attachments: '附件',
  issuerMark: '发文机关标志',
  documentNumber: '发文字号',
  signer: '签发人',
  copyTo: '抄送机关',
  printingOrgan: '印发机关',
  printingDate: '印发日期',
} as const;
export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

export const ITEM_STYLES = ['1.', '1、'] as const;
export type ItemStyle = (typeof ITEM_STYLES)[number];

/** 章标题 / 节标题: a heading with 正文 stands on its own line, or runs on into its text. */
export const HEADING_PLACEMENTS = {
  单独成行: 'alone',
  与正文同段: 'run-in',
} as const;
export type HeadingPlacement =
  (typeof HEADING_PLACEMENTS)[keyof typeof HEADING_PLACEMENTS];

/** 三级编号方式: 1. restarts in every 节, or counts on through the 节 of one 章. */
export const ITEM_NUMBERINGS = {
  每节重新编号: 'per-section',
  全章连续编号: 'per-chapter',
} as const;
export type ItemNumbering =
  (typeof ITEM_NUMBERINGS)[keyof typeof ITEM_NUMBERINGS];

export interface SettingSpec {
  readonly key: SettingKey;
  readonly required: boolean;
  readonly help: string;
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  {key: '单位名称', required: true, help: '如：古荡街道'},
  {key: '报告年度', required: true, help: '四位数字，如 2024'},
  {
    key: '报告标题',
    required: false,
    help: '留空则为“{单位名称}{报告年度}年度法治政府建设工作报告”',
  },
  {
    key: '主送机关',
    required: false,
    help: '可选，标题下的主送机关，如：西湖区人民政府',
  },
  {key: '落款单位', required: false, help: '可选，文末落款的单位全称'},
  {key: '成文日期', required: false, help: '可选，日期，如 2025-02-05'},
  {
    key: '三级编号样式',
    required: false,
    help: '“1.”（GB/T 9704）或“1、”，默认“1.”',
  },
  {
    key: '审阅人',
    required: false,
    help: '审阅人邮箱，多个用逗号、顿号或换行分隔',
  },
  {
    key: '共享限定域名',
    required: false,
    help: '可选，只允许共享给该域名的邮箱',
  },
  {key: '输出文件夹', required: false, help: '留空则由脚本在云端硬盘中创建'},
  {
    key: '自动生成时间',
    required: false,
    help: '开启自动生成后每天几点检查数据（0–23），默认 18',
  },
  {
    key: '章标题',
    required: false,
    help: '“单独成行”（默认）或“与正文同段”：一级标题“一、”有正文时是否与正文排在同一段',
  },
  {
    key: '节标题',
    required: false,
    help: '“单独成行”（默认）或“与正文同段”，如“（一）把牢方向。我县坚持……”',
  },
  {
    key: '三级编号方式',
    required: false,
    help: '“每节重新编号”（默认）或“全章连续编号”：“1.”在各“（一）”中重新从1起，或在一章内连续编号',
  },
  {
    key: '附件',
    required: false,
    help: '可选，附件名称，每行一个；正文后写“附件：1.……”',
  },
  {
    key: '发文机关标志',
    required: false,
    help: '报送版必填，红头文字，如：古荡街道办事处文件；联合行文每行一个机关，主办机关在前，“文件”二字单独一行',
  },
  {
    key: '发文字号',
    required: false,
    help: '报送版必填，机关代字〔年份〕序号号，如：古街〔2025〕3号（六角括号〔〕，序号不加“第”、不补0）',
  },
  {
    key: '签发人',
    required: false,
    help: '报送版可选，上行文填写签发人姓名，多人用顿号或换行分隔；填写后发文字号居左、签发人居右',
  },
  {
    key: '抄送机关',
    required: false,
    help: '报送版可选，印在版记中，如：区司法局，区委依法治区办',
  },
  {
    key: '印发机关',
    required: false,
    help: '报送版可选，印在版记中，如：古荡街道党政办公室',
  },
  {
    key: '印发日期',
    required: false,
    help: '报送版可选，日期，如 2025-02-06；留空则用成文日期',
  },
];

/** Units whose figures are whole, non-negative counts. */
export const COUNT_UNITS = [
  '件',
  '人',
  '次',
  '起',
  '份',
  '个',
  '项',
  '人次',
  '名',
  '家',
  '场',
  '条',
] as const;
export const PERCENT_UNIT = '%';
export const MONEY_UNITS = ['元', '万元'] as const;
