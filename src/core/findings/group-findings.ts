// Findings as a clerk reads them in a list: by tab (in the order the findings come, which is the
// workbook's), then by severity, most serious first.

import type {Finding} from './finding';
import type {Severity} from './severity';

/** The order severity groups are shown in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export interface TabFindings {
  readonly tab: string;
  /** Only the severities that have findings, in SEVERITY_ORDER. */
  readonly groups: readonly SeverityGroup[];
  readonly count: number;
}

/** Groups `findings` by tab (first appearance) and severity, keeping their order within each. */
export function groupFindings(findings: readonly Finding[]): TabFindings[] {
  const byTab = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byTab.get(f.cell.tab);
    if (list) list.push(f);
    else byTab.set(f.cell.tab, [f]);
  }
  return Array.from(byTab, ([tab, list]) => ({
    tab,
    count: list.length,
    groups: SEVERITY_ORDER.map(severity => ({
      severity,
      findings: list.filter(f => f.severity === severity),
    })).filter(g => g.findings.length > 0),
  }));
}
