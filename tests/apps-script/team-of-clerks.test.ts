// Several clerks on one workbook, each with their own Google account: under drive.file each
// clerk's run reaches only the files it made for that clerk. Nobody's action fails with "File
// not found" or moves a shared folder id; actions on another clerk's version say whose it is.

import {exportLatestPdf} from '../../src/apps-script/actions/export-pdf';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {openLatestReport} from '../../src/apps-script/actions/open-latest';
import {pullComments} from '../../src/apps-script/actions/pull-comments';
import {shareReport} from '../../src/apps-script/actions/share-report';
import {appErrorMessage} from '../../src/apps-script/ui/ui-text';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {logRows, outputFolders, thrownAppError} from './generation-outcomes';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
const ZHANG = 'zhang@example.org';
const LI = 'li@example.org';

function team(): FakeEnvironment {
  const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
  env.runAs(ZHANG);
  return env;
}

describe('a team of clerks on one workbook', () => {
  it('gives each clerk a folder of their own and records who made each version', () => {
    const env = team();
    generateReport(env.services, NOW);
    env.runAs(LI);
    generateReport(env.services, NOW);
    env.runAs(ZHANG);
    generateReport(env.services, NOW);
    expect(logRows(env).map(r => [r[1], r[2], String(r[8])])).toEqual([
      [ZHANG, 'v1', '成功'],
      [LI, 'v2', '成功'],
      [ZHANG, 'v3', '成功'],
    ]);
    expect(outputFolders(env).map(f => f.owner)).toEqual([ZHANG, LI]);
    const docs = env.drive.files.filter(f => f.mimeType === DOC_MIME);
    expect(docs.map(d => [d.owner, d.parents[0]])).toEqual([
      [ZHANG, outputFolders(env)[0].id],
      [LI, outputFolders(env)[1].id],
      [ZHANG, outputFolders(env)[0].id],
    ]);
    expect(env.properties.entries()['fazhi.outputFolderId']).toBeUndefined();
  });

  it('takes over the workbook’s old shared folder only for the clerk who can reach it', () => {
    const env = team();
    const shared = env.drive.seedFolder('旧文件夹');
    env.properties.seed('fazhi.outputFolderId', shared);
    env.runAs(LI);
    generateReport(env.services, NOW);
    env.runAs(ZHANG);
    generateReport(env.services, NOW);
    const docs = env.drive.files.filter(f => f.mimeType === DOC_MIME);
    expect(docs[0].parents[0]).not.toBe(shared);
    expect(docs[1].parents[0]).toBe(shared);
    expect(env.properties.entries()['fazhi.outputFolderId']).toBe(shared);
  });

  it('says whose version it is, instead of "File not found", for 共享, 导出PDF and 拉取审阅意见', () => {
    const env = team();
    generateReport(env.services, NOW);
    env.runAs(LI);
    for (const action of [
      () => shareReport(env.services, undefined, NOW),
      () => exportLatestPdf(env.services, NOW),
      () => pullComments(env.services),
    ]) {
      const error = thrownAppError(action);
      expect(error.code).toBe('other-clerks-version');
      expect(appErrorMessage(error)).toContain(`第 v1 版由 ${ZHANG} 生成`);
      expect(appErrorMessage(error)).toContain(
        `请 ${ZHANG} 操作，或点击“生成报告”重新生成`,
      );
    }
    expect(env.calls.count('Drive.Permissions.list')).toBe(0);
  });

  it('shows another clerk’s latest version with a note on whose it is', () => {
    const env = team();
    generateReport(env.services, NOW);
    env.runAs(LI);
    openLatestReport(env.services);
    expect(env.ui.dialogs.at(-1)!.content).toContain(
      `此版本由 ${ZHANG} 生成。如链接打不开，请 ${ZHANG} 共享给你`,
    );
  });

  it('lets Drive decide when the address is hidden, and says why 操作人 is unknown', () => {
    const env = team();
    env.runAs(ZHANG, {emailVisible: false});
    generateReport(env.services, NOW);
    expect(logRows(env)[0][1]).toBe(
      '（未知：Google 未向脚本提供此账号的邮箱）',
    );
    env.runAs(LI);
    const error = thrownAppError(() => exportLatestPdf(env.services, NOW));
    expect(error.code).toBe('drive-failed');
    expect(error.params).toEqual({
      detail: expect.stringMatching(/File not found/),
    });
  });
});
