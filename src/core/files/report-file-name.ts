// The name of a generated report, one scheme for the command line, Sheets and the offline page:
// the title, the profile's suffix, the version and the minute when there are, the draft mark.
//   古荡街道2024年度法治政府建设工作报告（报送版） v3 2025-02-05 14:30 草稿（有错误）.docx

import type {ProfileName} from '../docx/profiles';
import {EXTENSION, titleStem} from './file-name';
import {FILE_NAME_TEXT} from './file-name-text';

export interface ReportNameParts {
  readonly title: string;
  readonly profile: ProfileName;
  /** Built despite errors (the clerk asked for a draft). */
  readonly draft: boolean;
  /** The 生成记录 version the file is, or whose data it holds ("v3"). */
  readonly version?: string;
  /** When it was made, as the log writes it ("yyyy-MM-dd HH:mm:ss"); kept to the minute. */
  readonly time?: string;
}

/**
 * The report's name without extension (a Google Doc's name). The title is made safe for every
 * file system and cut when long (titleStem); the parts after it are the tools' own, and a time
 * keeps its colon (Drive accepts it, and replaces it in a download where needed).
 */
export function reportNameStem(parts: ReportNameParts): string {
  const after = [
    parts.version,
    parts.time?.slice(0, 16),
    parts.draft ? FILE_NAME_TEXT.draftMark : undefined,
  ]
    .filter((p): p is string => p !== undefined && p !== '')
    .map(p => ` ${p}`)
    .join('');
  const rest = `${FILE_NAME_TEXT.profileSuffix[parts.profile]}${after}`;
  return `${titleStem(parts.title, rest + EXTENSION.report)}${rest}`;
}

/** The report's .docx name: reportNameStem with ".docx". */
export function reportFileName(parts: ReportNameParts): string {
  return `${reportNameStem(parts)}${EXTENSION.report}`;
}
