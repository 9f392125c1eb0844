// Every finding code, joined from the group tables (reading, structure, figures, text, year): one row
// per code says its severity, its message and whether onEdit may judge it. Lists derive from here.

import {cellLocalCodesOf, severitiesOf, type CodeTable} from './code-table';
import {FIGURE_RULE_CODES, type FigureRuleParams} from './figure-rule-codes';
import {READING_CODES, type ReadingParams} from './reading-codes';
import type {Severity} from './severity';
import {
  STRUCTURE_RULE_CODES,
  type StructureRuleParams,
} from './structure-rule-codes';
import {TEXT_RULE_CODES, type TextRuleParams} from './text-rule-codes';
import {YEAR_ON_YEAR_CODES, type YearOnYearParams} from './year-on-year-codes';

/**
 * Parameters of each finding code, one group per file; a code added to a group must come
 * with its full row (severity, message, cellLocal) there.
 */
export type FindingParamsByCode = ReadingParams &
  StructureRuleParams &
  FigureRuleParams &
  TextRuleParams &
  YearOnYearParams;

export type FindingCode = keyof FindingParamsByCode;

export const FINDING_CODES: CodeTable<FindingParamsByCode> = {
  ...READING_CODES,
  ...STRUCTURE_RULE_CODES,
  ...FIGURE_RULE_CODES,
  ...TEXT_RULE_CODES,
  ...YEAR_ON_YEAR_CODES,
};

/** Severity of each code; a finding's severity always comes from here. */
export const SEVERITY_OF: Readonly<Record<FindingCode, Severity>> =
  severitiesOf(FINDING_CODES);

/** Codes decided by a cell and its own row, which onEdit reports; others need the workbook. */
export const CELL_LOCAL_CODES: ReadonlySet<FindingCode> = new Set(
  cellLocalCodesOf(FINDING_CODES),
);
