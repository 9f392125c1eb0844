// The decisions of one generation that are not about Google: whether a scheduled run has
// anything to do, and the names of the files and of the output folder. The adapter applies them.

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

/**
 * "<title> v3 2025-02-05 14:30", then the draft mark when given. `time` is the log's
 * "yyyy-MM-dd HH:mm:ss"; the name keeps it to the minute.
 */
export function reportFileName(
  title: string,
  version: string,
  time: string,
  draftMark?: string,
): string {
  const minute = time.slice(0, 16);
  return `${title} ${version} ${minute}${draftMark ? ` ${draftMark}` : ''}`;
}

/** 输出文件夹 when set; otherwise "<单位名称>法治政府建设年度报告". */
export function outputFolderName(settings: ReportSettings): string {
  const chosen = settings.outputFolder?.value;
  if (chosen) return chosen;
  return `${settings.unitName?.value ?? ''}法治政府建设年度报告`;
}
