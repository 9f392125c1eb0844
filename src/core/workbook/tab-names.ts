// Which tab of the contract a sheet is, whatever the clerk did to its name: spaces and
// full-width forms are ignored, 导语 may be called 前言 or 引言, and a part tab is any tab whose
// name opens with a Chinese numeral and "、" (一、 … 十二、), however many parts there are.

import {normaliseKey} from './cell-text';
import {INTRO_TAB_NAMES, PART_TABS, SCRIPT_TABS, TAB} from './schema';
import {fromChineseNumeral} from '../text/chinese-numerals';

const CONTRACT_TABS: readonly string[] = Object.values(TAB);
const PART_PREFIX = /^([一二三四五六七八九十]{1,3})、/;
/** A finished year's copy kept by 开始下一年度, e.g. "数据（2024年）" (normalised to half-width). */
const ARCHIVE_SUFFIX = /\(\d{4}年\)$/;

/** The name of the finished year's copy of `tab`: "数据" and 2024 → "数据（2024年）". */
export function archiveTabName(tab: string, year: number): string {
  return `${tab}（${year}年）`;
}

/** Whether a sheet is a finished year's copy: never read as input, never a part. */
export function isArchiveTab(sheetName: string): boolean {
  return ARCHIVE_SUFFIX.test(normaliseKey(sheetName));
}

/** The number of a part tab from its leading numeral ("三、履职情况" → 3); undefined otherwise. */
export function partNumeral(sheetName: string): number | undefined {
  if (isArchiveTab(sheetName)) return undefined;
  const m = PART_PREFIX.exec(normaliseKey(sheetName));
  return m ? fromChineseNumeral(m[1]) : undefined;
}

/**
 * The schema name of a sheet: "数据 " → 数据, "前言" → 导语, "三、履职情况" → 三、第一责任人 (the
 * five template parts); undefined for a sheet the contract does not name, "六、其他" included.
 */
export function schemaTabName(sheetName: string): string | undefined {
  if (isArchiveTab(sheetName)) return undefined;
  const key = normaliseKey(sheetName);
  if (CONTRACT_TABS.includes(key)) return key;
  if (INTRO_TAB_NAMES.includes(key)) return TAB.intro;
  const part = partNumeral(key);
  return part === undefined ? undefined : PART_TABS[part - 1];
}

/** 0 for 导语, the leading numeral for a part tab (1, 2, … 6 and beyond); undefined otherwise. */
export function sectionPart(sheetName: string): number | undefined {
  if (schemaTabName(sheetName) === TAB.intro) return 0;
  return partNumeral(sheetName);
}

/** Whether the report is built from this tab: 基本信息, 数据, 导语 or a part. */
export function isReportInput(sheetName: string): boolean {
  const key = schemaTabName(sheetName);
  return (
    key === TAB.settings ||
    key === TAB.data ||
    sectionPart(sheetName) !== undefined
  );
}

/**
 * Tabs the script writes or the clerk reads (填写说明, 生成记录, 共享记录, 审阅意见, and the
 * finished years' copies): never report input, never a finding.
 */
export function isScriptTab(sheetName: string): boolean {
  return (
    SCRIPT_TABS.includes(normaliseKey(sheetName)) || isArchiveTab(sheetName)
  );
}
