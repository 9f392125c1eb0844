// Which tab of the contract a sheet is, whatever the clerk did to its name: spaces and
// full-width forms are ignored, and a part tab is known by its leading 一、…五、.

import {normaliseKey} from './cell-text';
import {PART_TAB_PREFIXES, PART_TABS, TAB} from './schema';

const CONTRACT_TABS: readonly string[] = Object.values(TAB);

/**
 * The schema name of a sheet: "数据 " → 数据, "三、履职情况" → 三、第一责任人; undefined for a
 * sheet the contract does not know.
 */
export function schemaTabName(sheetName: string): string | undefined {
  const key = normaliseKey(sheetName);
  if (CONTRACT_TABS.includes(key)) return key;
  const part = PART_TAB_PREFIXES.findIndex(prefix => key.startsWith(prefix));
  return part < 0 ? undefined : PART_TABS[part];
}

const SECTION_TABS: readonly string[] = [TAB.intro, ...PART_TABS];

/** 0 for 导语, 1–5 for the five parts; undefined for any other tab. */
export function sectionPart(sheetName: string): number | undefined {
  const i = SECTION_TABS.indexOf(schemaTabName(sheetName) ?? '');
  return i < 0 ? undefined : i;
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
