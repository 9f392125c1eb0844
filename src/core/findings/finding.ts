// Findings: what the core reports about a workbook. Each carries a typed code, a severity,
// the cell it concerns and the parameters its Chinese message needs (see messages.ts).

import type {CellRef} from '../workbook/cell-ref';
import {FIGURE_RULE_SEVERITY, type FigureRuleParams} from './figure-rule-codes';
import {READING_SEVERITY, type ReadingParams} from './reading-codes';
import type {Severity} from './severity';
import {
  STRUCTURE_RULE_SEVERITY,
  type StructureRuleParams,
} from './structure-rule-codes';
import {TEXT_RULE_SEVERITY, type TextRuleParams} from './text-rule-codes';

export type {Severity} from './severity';

/**
 * Parameters of each finding code, one group per file; a code added to a group must come
 * with its severity and its Chinese message there.
 */
export type FindingParamsByCode = ReadingParams &
  StructureRuleParams &
  FigureRuleParams &
  TextRuleParams;

export type FindingCode = keyof FindingParamsByCode;

export interface FindingOf<C extends FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly cell: CellRef;
  readonly params: FindingParamsByCode[C];
}

export type Finding = {[C in FindingCode]: FindingOf<C>}[FindingCode];

/** Severity of each code; a finding's severity always comes from here. */
export const SEVERITY_OF: Readonly<Record<FindingCode, Severity>> = {
  ...READING_SEVERITY,
  ...STRUCTURE_RULE_SEVERITY,
  ...FIGURE_RULE_SEVERITY,
  ...TEXT_RULE_SEVERITY,
};

export function finding<C extends FindingCode>(
  code: C,
  cell: CellRef,
  params: FindingParamsByCode[C],
): Finding {
  return {code, severity: SEVERITY_OF[code], cell, params} as Finding;
}

/** Drops repeats: the same code and parameters at the same cell. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const {tab, row, column} = f.cell;
    const key = JSON.stringify([f.code, tab, row, column, f.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some(f => f.severity === 'error');
}

export function countBySeverity(
  findings: readonly Finding[],
): Readonly<Record<Severity, number>> {
  const counts = {error: 0, warning: 0, info: 0};
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Findings in workbook reading order: by tab order given, then row, then column. */
export function sortFindings(
  findings: readonly Finding[],
  tabOrder: readonly string[],
): Finding[] {
  const rank = (tab: string) => {
    const i = tabOrder.indexOf(tab);
    return i < 0 ? tabOrder.length : i;
  };
  return [...findings].sort(
    (a, b) =>
      rank(a.cell.tab) - rank(b.cell.tab) ||
      a.cell.row - b.cell.row ||
      a.cell.column - b.cell.column,
  );
}
