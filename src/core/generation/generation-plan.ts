// The decisions of one generation that are not about Google: whether a scheduled run has
// anything to do, and the name of the output folder (files: reportNameStem). The adapter
// applies them.

import type {ReportSettings} from '../workbook/report-model';

/**
 * A scheduled run builds nothing when the last finished version was made from the same data
 * (same fingerprint); a clerk's click always builds.
 */
export function skipUnchanged(
  scheduled: boolean,
  lastFingerprint: string | undefined,
  fingerprint: string,
): boolean {
  return (
    scheduled &&
    lastFingerprint !== undefined &&
    lastFingerprint === fingerprint
  );
}

/** 输出文件夹 when set; otherwise "<单位名称>法治政府建设年度报告". */
export function outputFolderName(settings: ReportSettings): string {
  const chosen = settings.outputFolder?.value;
  if (chosen) return chosen;
  return `${settings.unitName?.value ?? ''}法治政府建设年度报告`;
}
