// The sample workbook with one generated version and the given 审阅人, and readers of what a
// share left behind (permissions, 共享记录), for the 共享给审阅人 tests.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {SETTING_SPECS} from '../../src/core/workbook/schema';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME, DOCX_MIME} from '../fakes/fake-drive';
import {sampleTabSeeds} from './sample-workbook-seeds';

export const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
export const LATER = new Date(Date.UTC(2025, 1, 6, 1, 0, 0));
/** The 审阅人 row of the sample's 基本信息 (header in row 1). */
export const REVIEWERS_ROW =
  SETTING_SPECS.findIndex(s => s.key === '审阅人') + 2;
const DOMAIN_ROW = SETTING_SPECS.findIndex(s => s.key === '共享限定域名') + 2;

/** The sample with one generated version and the given 审阅人 (and 共享限定域名). */
export function sharedEnvironment(
  reviewers: string,
  domain = '',
): FakeEnvironment {
  const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
  generateReport(env.services, NOW);
  const settings = env.spreadsheet.sheet('基本信息');
  settings.seed([[reviewers]], REVIEWERS_ROW, 2);
  settings.seed([[domain]], DOMAIN_ROW, 2);
  env.calls.reset();
  return env;
}

/** The Drive ids of one version's Google Doc and .docx (by default the newest). */
export function versionFiles(env: FakeEnvironment, index = -1) {
  const docs = env.drive.files.filter(f => f.mimeType === DOC_MIME);
  const docx = env.drive.files.filter(f => f.mimeType === DOCX_MIME);
  return {doc: docs.at(index)!.id, docx: docx.at(index)!.id};
}

/** "address:role" of each permission granted on the file. */
export function grantees(env: FakeEnvironment, fileId: string): string[] {
  return env.drive
    .permissionsOf(fileId)
    .map(p => `${p.emailAddress}:${p.role}`);
}

/** The rows of 共享记录 below its header; none when the tab does not exist. */
export function shareLogRows(env: FakeEnvironment): unknown[][] {
  return (
    env.spreadsheet
      .snapshot()
      .find(s => s.name === '共享记录')
      ?.values.slice(1) ?? []
  );
}
