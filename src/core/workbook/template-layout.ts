// The layout of a blank workbook (tabs, columns, widths, notes, validations, settings rows),
// derived from the schema and shared by the .xlsx template writer and the Apps Script setup.

import type {CellValue} from './grid';
import {
  DATA_COLUMNS,
  ITEM_STYLES,
  LEVELS,
  LOG_COLUMNS,
  PART_TABS,
  PREVIOUS_TEXT_COLUMN,
  SECTION_COLUMNS,
  SECTION_STATUSES,
  SETTINGS_COLUMNS,
  SETTING_SPECS,
  TAB,
  type DataColumn,
  type SectionColumn,
  type SettingKey,
  type SettingsColumn,
} from './schema';
import {schemaTabName, sectionPart} from './tab-names';

export {guideLines} from './template-guide';

/**
 * A rule on the cells of a column below the header (or on one settings cell).
 * 'number-or-text-figure' asks for a number but must still accept text such as "30余" or
 * "80.8%": writers make it a warning only (invalid input allowed, no blocking error dialog),
 * so it only shows `help` as the input prompt and marks non-numbers where the app can.
 */
export type CellValidation =
  | {readonly kind: 'list'; readonly values: readonly string[]}
  | {readonly kind: 'number-or-text-figure'; readonly help: string};

export interface ColumnLayout {
  readonly header: string;
  /** Column width in characters. */
  readonly width: number;
  readonly validation?: CellValidation;
  /** Explanation of the column, written as a note (comment) on the header cell. */
  readonly note?: string;
  /** Long text: wrap it within the column. */
  readonly wrap?: boolean;
}

export type TabRole = 'guide' | 'settings' | 'data' | 'section' | 'log';

export interface TabLayout {
  readonly name: string;
  readonly role: TabRole;
  readonly columns: readonly ColumnLayout[];
  readonly frozenRows: number;
}

/** Column validations cover rows 2 to this row (1-based, inclusive). */
export const TEMPLATE_LAST_ROW = 1000;

export interface SettingRowLayout {
  readonly key: SettingKey;
  readonly required: boolean;
  /** What goes into the 说明 column. */
  readonly help: string;
  /** Rule on the 内容 cell of this row. */
  readonly validation?: CellValidation;
  /**
   * Keep the 内容 cell as text: Excel turns a typed "1." into the number 1, which would lose
   * the chosen 三级编号样式.
   */
  readonly plainText?: boolean;
}

const SETTINGS_LAYOUT: Record<SettingsColumn, Omit<ColumnLayout, 'header'>> = {
  项目: {width: 16, note: '设置项名称，请勿修改'},
  内容: {width: 40, note: '在此填写各项设置', wrap: true},
  说明: {width: 56, note: '填写要求', wrap: true},
};

const DATA_LAYOUT: Record<DataColumn, Omit<ColumnLayout, 'header'>> = {
  指标: {width: 28, note: '指标名称，不得重复；正文中写作 {{指标}}'},
  数值: {
    width: 14,
    note: '数字、公式、百分比（如 80.8%）或约数（如“30余”）',
    validation: {
      kind: 'number-or-text-figure',
      help: '填数字、公式或百分比；约数可写“30余”',
    },
  },
  单位: {width: 8, note: '如 件、人、次、起、份、元、万元、%'},
  合计于: {
    width: 20,
    note: '本行是哪个指标的组成部分；各组成部分之和须等于该指标',
  },
  不超过: {width: 20, note: '本行数值不得超过的指标名称'},
  目标: {width: 12, note: '目标值，如“≥85%”，生成时与数值比较'},
  来源说明: {
    width: 30,
    note: '数据来源，如某系统、某台账；不进入报告',
    wrap: true,
  },
  负责科室: {width: 14, note: '负责填报的科室'},
  上年数值: {
    width: 12,
    note: '上一年度的数值，由“开始下一年度”（carry-over）填入，也可手工填写；正文中 {{指标|同比}}、{{指标|上年}}、{{指标|增减}} 用它与数值比较',
    validation: {
      kind: 'number-or-text-figure',
      help: '填上一年度的数字或百分比',
    },
  },
};

const SECTION_LAYOUT: Record<SectionColumn, Omit<ColumnLayout, 'header'>> = {
  层级: {
    width: 10,
    note: '决定编号：章 一、 节 （一） 条 1. 款 （1） 要点/段内要点 一是 段落 无编号；编号自动生成，勿手工输入',
    validation: {kind: 'list', values: LEVELS},
  },
  标题: {
    width: 30,
    note: '标题或段首小标题；与正文同填时合为一段，标题在前',
    wrap: true,
  },
  正文: {
    width: 80,
    note: '正文，可用占位符 {{指标}} 引用数据表的数值',
    wrap: true,
  },
  负责科室: {width: 14, note: '负责撰写的科室'},
  状态: {
    width: 10,
    note: SECTION_STATUSES.join('、'),
    validation: {kind: 'list', values: SECTION_STATUSES},
  },
  备注: {width: 24, note: '内部备注，不进入报告', wrap: true},
};

const LOG_WIDTHS: Record<(typeof LOG_COLUMNS)[number], number> = {
  生成时间: 20,
  操作人: 24,
  版本: 10,
  文档链接: 40,
  公文链接: 40,
  错误数: 8,
  警告数: 8,
  数据指纹: 20,
  结果: 24,
};

/**
 * 上年正文, the column carry-over adds beside the section rows (not part of a blank template):
 * last year's 正文, for the clerk to compare while rewriting.
 */
export const PREVIOUS_TEXT_LAYOUT: ColumnLayout = {
  header: PREVIOUS_TEXT_COLUMN,
  width: 40,
  note: '上一年度报告中本行的正文，由“开始下一年度”（carry-over）填入，供对照改写；不进入报告。正文与此列一字不差而状态仍为“待更新”时，生成时给出警告',
};

/** The layout of a tab for its name (a part tab by its numeral), or undefined for other tabs. */
export function layoutOfTab(sheetName: string): TabLayout | undefined {
  const name = schemaTabName(sheetName);
  const layouts = workbookLayout();
  const found = layouts.find(l => l.name === name);
  if (found) return {...found, name: sheetName};
  return sectionPart(sheetName) === undefined
    ? undefined
    : sectionTab(sheetName);
}

function columnsOf<C extends string>(
  headers: readonly C[],
  layout: Record<C, Omit<ColumnLayout, 'header'>>,
): readonly ColumnLayout[] {
  return headers.map(header => ({header, ...layout[header]}));
}

function sectionTab(name: string): TabLayout {
  return {
    name,
    role: 'section',
    columns: columnsOf(SECTION_COLUMNS, SECTION_LAYOUT),
    frozenRows: 1,
  };
}

/** Every tab of a blank workbook, in workbook order. Each tab has one header row. */
export function workbookLayout(): readonly TabLayout[] {
  return [
    {
      name: TAB.guide,
      role: 'guide',
      columns: [{header: TAB.guide, width: 100, wrap: true}],
      frozenRows: 1,
    },
    {
      name: TAB.settings,
      role: 'settings',
      columns: columnsOf(SETTINGS_COLUMNS, SETTINGS_LAYOUT),
      frozenRows: 1,
    },
    {
      name: TAB.data,
      role: 'data',
      columns: columnsOf(DATA_COLUMNS, DATA_LAYOUT),
      frozenRows: 1,
    },
    sectionTab(TAB.intro),
    ...PART_TABS.map(sectionTab),
    {
      name: TAB.log,
      role: 'log',
      columns: LOG_COLUMNS.map(header => ({
        header,
        width: LOG_WIDTHS[header],
        note: '由脚本在每次生成报告时填写，请勿修改',
      })),
      frozenRows: 1,
    },
  ];
}

/** The rows of the settings tab, one per setting, in the schema's order. */
export function settingRowLayouts(): readonly SettingRowLayout[] {
  return SETTING_SPECS.map(spec => ({
    key: spec.key,
    required: spec.required,
    help: spec.required ? `必填。${spec.help}` : spec.help,
    ...(spec.key === '三级编号样式'
      ? {validation: {kind: 'list', values: ITEM_STYLES}, plainText: true}
      : {}),
  }));
}

/** Settings rows of a blank workbook below the header: [项目, 内容 (empty), 说明]. */
export function blankSettingsRows(): readonly (readonly CellValue[])[] {
  return settingRowLayouts().map(row => [row.key, null, row.help]);
}

/**
 * Whether setup should create the template tab `layout` in a workbook whose tabs are
 * `existingNames`, when none of them is that tab: the part tabs only while the workbook has no
 * part tab at all, since a report of 3 or 4 parts leaves the others out on purpose.
 */
export function shouldCreateTemplateTab(
  layout: TabLayout,
  existingNames: readonly string[],
): boolean {
  if (layout.role !== 'section' || layout.name === TAB.intro) return true;
  return !existingNames.some(name => (sectionPart(name) ?? 0) >= 1);
}
