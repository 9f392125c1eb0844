// Findings: what the core reports about a workbook. Each carries a typed code, a severity,
// the cell it concerns and the parameters its Chinese message needs (see messages.ts).

import type {CellRef} from '../workbook/cell-ref';

export type Severity = 'error' | 'warning' | 'info';

/** Parameters of each finding code; adding a code here forces a message in messages.ts. */
export interface FindingParamsByCode {
  'tab-missing': {readonly expected: string};
  'column-missing': {readonly column: string};
  'level-unknown': {readonly value: string};
  'row-without-text': {readonly level: string};
  'run-on-without-paragraph': Record<string, never>;
  'setting-required': {readonly key: string};
  'year-invalid': {readonly value: string};
  'date-invalid': {readonly key: string; readonly value: string};
  'item-style-invalid': {readonly value: string};
  'placeholder-unknown': {readonly name: string; readonly suggestion: string};
  'placeholder-malformed': {readonly text: string};
  'format-unknown': {readonly name: string; readonly format: string};
  'cell-spreadsheet-error': {readonly value: string};
  'figure-name-missing': {readonly value: string};
  'figure-name-duplicate': {readonly name: string; readonly first: string};
  'figure-empty': {readonly name: string};
  'figure-not-number': {readonly name: string; readonly value: string};
  'figure-spreadsheet-error': {readonly name: string; readonly value: string};
  'figure-format-needs-number': {
    readonly name: string;
    readonly value: string;
    readonly format: string;
  };
  'figure-format-not-applicable': {
    readonly name: string;
    readonly value: string;
    readonly format: string;
  };
  'figure-not-whole': {readonly name: string; readonly value: string};
}

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
  'tab-missing': 'error',
  'column-missing': 'error',
  'level-unknown': 'error',
  'row-without-text': 'warning',
  'run-on-without-paragraph': 'error',
  'setting-required': 'error',
  'year-invalid': 'error',
  'date-invalid': 'error',
  'item-style-invalid': 'error',
  'placeholder-unknown': 'error',
  'placeholder-malformed': 'error',
  'format-unknown': 'error',
  'cell-spreadsheet-error': 'error',
  'figure-name-missing': 'error',
  'figure-name-duplicate': 'error',
  'figure-empty': 'error',
  'figure-not-number': 'error',
  'figure-spreadsheet-error': 'error',
  'figure-format-needs-number': 'error',
  'figure-format-not-applicable': 'error',
  'figure-not-whole': 'warning',
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
