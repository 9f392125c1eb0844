// The findings of a build for the output it makes. The public versions print no 版头 or 版记,
// so only a 报送 build adds the findings about them (submissionFindings); the workbook's own
// findings, such as a 发文字号 typed with the wrong brackets, stand for every profile.

import type {ReportBuild} from './build-report';
import {PROFILES, type ProfileName} from './docx/profiles';
import {dedupeFindings, sortFindings, type Finding} from './findings/finding';
import {submissionFindings} from './workbook/submission-findings';

export function findingsForProfile(
  build: ReportBuild,
  profile: ProfileName,
): readonly Finding[] {
  if (!PROFILES[profile].submission) return build.findings;
  return sortFindings(
    dedupeFindings([...build.findings, ...submissionFindings(build.settings)]),
    build.tabOrder,
  );
}
