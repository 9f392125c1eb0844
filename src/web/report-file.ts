// The .docx the page hands out: the core renders and zips it, named as the command line and
// Sheets name theirs; a draft (built despite errors, only when the clerk asks) carries the
// draft mark after the name.

import {
  packDocx,
  type ProfileName,
  renderDocxParts,
  type ReportBuild,
  reportFileName,
} from '../core';
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
  return {
    name: reportFileName({title: build.document.title, profile, draft}),
    bytes: packDocx(
      renderDocxParts(build.document, profile, new Date()),
      zipFiles,
    ),
  };
}
