// The .docx the page hands out: the core renders and zips it, named as the command line names
// it; a draft (built despite errors, only when the clerk asks) carries the draft mark first.

import {
  defaultFileName,
  packDocx,
  profileFileName,
  type ProfileName,
  renderDocxParts,
  type ReportBuild,
} from '../core';
import {PAGE_TEXT} from './page-text';
import {zipFiles} from './zip-files';

export interface ReportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function reportFile(
  build: ReportBuild,
  profile: ProfileName,
  draft: boolean,
): ReportFile {
  const title = build.document.title;
  return {
    name: profileFileName(
      defaultFileName(
        draft ? `${PAGE_TEXT.draftPrefix}${title}` : title,
        'report',
      ),
      profile,
    ),
    bytes: packDocx(
      renderDocxParts(build.document, profile, new Date()),
      zipFiles,
    ),
  };
}
