// The one entry both adapters call: workbook grids in, document model and findings out.

import {composeReport} from './document/compose-report';
import {blockTexts, type ReportDocument} from './document/model';
import {dedupeFindings, sortFindings, type Finding} from './findings/finding';
import type {WorkbookGrids} from './workbook/grid';
import {runRules} from './rules/run-rules';
import {readWorkbook, type WorkbookReading} from './workbook/read-workbook';
import type {ReportSettings} from './workbook/report-model';

export interface ReportBuild {
  readonly document: ReportDocument;
  /** The settings read from 基本信息 (output folder, reviewers, …) for the adapters. */
  readonly settings: ReportSettings;
  /**
   * All findings of reading and composing, in workbook order; those of the 报送 profile alone
   * are added by findingsForProfile.
   */
  readonly findings: readonly Finding[];
  /** Every tab name in workbook order, for sorting findings. */
  readonly tabOrder: readonly string[];
  readonly stats: {
    readonly paragraphs: number;
    readonly figuresUsed: number;
    readonly figuresDefined: number;
    /** The section tabs read, in the order they print (导语 first when it leads). */
    readonly sectionTabs: readonly string[];
  };
}

export function buildReport(workbook: WorkbookGrids): ReportBuild {
  return buildFromReading(readWorkbook(workbook));
}

/** buildReport for a workbook already read, for callers that need the reading too. */
export function buildFromReading(reading: WorkbookReading): ReportBuild {
  const composition = composeReport(reading.model);
  const findings = sortFindings(
    dedupeFindings([
      ...reading.findings,
      ...composition.findings,
      ...runRules(reading.model),
    ]),
    reading.model.tabOrder,
  );
  return {
    document: composition.document,
    settings: reading.model.settings,
    findings,
    tabOrder: reading.model.tabOrder,
    stats: {
      paragraphs: documentParagraphs(composition.document).length,
      figuresUsed: composition.figuresUsed.length,
      figuresDefined: reading.model.figures.length,
      sectionTabs: reading.model.sections.map(s => s.name),
    },
  };
}

/** The report's paragraphs as plain text, in order: what a reader of the .docx sees. */
export function documentParagraphs(document: ReportDocument): string[] {
  return document.blocks.flatMap(blockTexts);
}
