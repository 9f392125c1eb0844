// Findings: what the core reports about a workbook. Each carries a typed code, a severity,
// the cell it concerns and the parameters its Chinese message needs (see messages.ts).

import type {CellRef} from '../cells/cell-ref';
import {
  SEVERITY_OF,
  type FindingCode,
  type FindingParamsByCode,
} from './finding-codes';
import type {Severity} from './severity';

export type {Severity} from './severity';
export {
  CELL_LOCAL_CODES,
  SEVERITY_OF,
  type FindingCode,
  type FindingParamsByCode,
} from './finding-codes';

export interface FindingOf<C extends FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly cell: CellRef;
  readonly params: FindingParamsByCode[C];
}

export type Finding = {[C in FindingCode]: FindingOf<C>}[FindingCode];

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
