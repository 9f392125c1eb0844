// Findings that only the 报送 version has: its 版头 cannot be printed without 发文机关标志 and
// 发文字号, and a report to a higher organ (上行文) names its 签发人. The public versions do not
// print these settings, so the adapters add these findings only when they build 报送.

import {finding, type Finding} from '../findings/finding';
import type {ReportSettings} from './report-model';

/** The findings a 报送 build adds to the workbook's own; empty when nothing is missing. */
export function submissionFindings(settings: ReportSettings): Finding[] {
  const {submission} = settings;
  const findings: Finding[] = [];
  for (const key of ['发文机关标志', '发文字号'] as const) {
    const cell = submission.blankCells[key];
    if (cell)
      findings.push(finding('submission-setting-required', cell, {key}));
  }
  const signerCell = submission.blankCells.签发人;
  if (settings.addressee && signerCell) {
    findings.push(finding('submission-signer-missing', signerCell, {}));
  }
  return findings;
}
