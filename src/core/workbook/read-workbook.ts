// Reads a whole workbook (plain grids, one per tab) into the report model plus the findings of
// reading: missing tabs and columns, unknown 层级, empty required settings, duplicate names.

import {cellRef} from './cell-ref';
import {normaliseKey} from './cell-text';
import type {TabGrid, WorkbookGrids} from './grid';
import {readFigures} from './read-figures';
import {readSection} from './read-sections';
import {readSettings} from './read-settings';
import type {ReportModel, SectionTab} from './report-model';
import {TAB} from './schema';
import {isReportInput, isScriptTab, sectionPart} from './tab-names';
import {finding, type Finding} from '../findings/finding';

export interface WorkbookReading {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
}

const EMPTY_TAB = (name: string): TabGrid => ({name, grid: []});

export function readWorkbook(workbook: WorkbookGrids): WorkbookReading {
  const findings: Finding[] = [];
  const byName = new Map(workbook.tabs.map(t => [normaliseKey(t.name), t]));
  /** A missing required tab is one finding; reading its empty stand-in adds none. */
  const readRequired = <T extends {findings: readonly Finding[]}>(
    name: string,
    read: (tab: TabGrid) => T,
  ): T => {
    const tab = byName.get(normaliseKey(name));
    if (tab) {
      const reading = read({name: tab.name, grid: tab.grid});
      // One by one: push(...findings) overflows the call stack past ~100,000 (a tab of #REF!).
      for (const f of reading.findings) findings.push(f);
      return reading;
    }
    findings.push(
      finding('tab-missing', cellRef(name, 1, 1), {expected: name}),
    );
    return read(EMPTY_TAB(name));
  };

  const settings = readRequired(TAB.settings, readSettings);
  const figures = readRequired(TAB.data, readFigures);

  const sections = readSections(workbook.tabs, findings);
  for (const tab of workbook.tabs) {
    if (!isReportInput(tab.name)) continue;
    for (const f of tab.uncomputedFormulas ?? []) {
      findings.push(
        finding('formula-uncomputed', cellRef(tab.name, f.row, f.column), {
          formula: f.formula,
        }),
      );
    }
  }
  return {
    model: {
      settings: settings.settings,
      figures: figures.figures,
      sections,
      tabOrder: workbook.tabs.map(t => t.name),
    },
    findings,
  };
}

/**
 * The section tabs in workbook order: 导语 and every part tab, however many. A second tab with
 * the numeral of an earlier one (a copy) is not read; a tab the contract does not know is named
 * in a finding, so no tab is left out unnoticed.
 */
function readSections(
  tabs: readonly TabGrid[],
  findings: Finding[],
): SectionTab[] {
  const sections: SectionTab[] = [];
  const firstOfPart = new Map<number, string>();
  for (const tab of tabs) {
    const part = sectionPart(tab.name);
    if (part === undefined) {
      if (!isReportInput(tab.name) && !isScriptTab(tab.name)) {
        findings.push(
          finding('tab-not-read', cellRef(tab.name, 1, 1), {tab: tab.name}),
        );
      }
      continue;
    }
    const first = firstOfPart.get(part);
    if (first !== undefined) {
      findings.push(
        finding('part-duplicate', cellRef(tab.name, 1, 1), {
          tab: tab.name,
          first,
        }),
      );
      continue;
    }
    firstOfPart.set(part, tab.name);
    const reading = readSection(tab, part);
    sections.push(reading.section);
    for (const f of reading.findings) findings.push(f);
  }
  return sections;
}
