// 生成报送版 against the fakes: the 报送 .docx only, its 版头 settings checked by cell with the
// draft choice, saved beside the other versions, and a row of 生成记录 that takes no version.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {generateSubmission} from '../../src/apps-script/actions/generate-submission';
import {latestVersion} from '../../src/apps-script/drive/latest-version';
import {readLogTab} from '../../src/apps-script/sheets/generation-log';
import {appErrorMessage} from '../../src/apps-script/ui/ui-text';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME, DOCX_MIME, FOLDER_MIME} from '../fakes/fake-drive';
import {readDocxBytes} from '../helpers/read-docx';
import {SUBMISSION_SETTINGS} from '../helpers/submission-workbook';
import {sampleTabSeeds} from './sample-workbook-seeds';
import {submissionTabSeeds} from './submission-seeds';
import {logRows, thrownAppError} from './generation-outcomes';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
const TITLE = '古荡街道2024年度法治政府建设工作报告';

function environment(seeds = submissionTabSeeds()): FakeEnvironment {
  return createFakeServices({tabs: seeds, now: () => NOW});
}

const docxFiles = (env: FakeEnvironment) =>
  env.drive.files.filter(f => f.mimeType === DOCX_MIME);

describe('generateSubmission', () => {
  it('saves only the 报送 .docx, with its 版头, in the output folder, and no Google Doc', () => {
    const env = environment();
    expect(generateSubmission(env.services, NOW).kind).toBe('generated');
    expect(env.drive.files.filter(f => f.mimeType === DOC_MIME)).toHaveLength(
      0,
    );
    const [folder] = env.drive.files.filter(f => f.mimeType === FOLDER_MIME);
    const [docx] = docxFiles(env);
    expect(docx.parents).toEqual([folder.id]);
    expect(docx.name).toBe(`${TITLE}（报送版） 2025-02-05 14:30.docx`);
    const contents = readDocxBytes(docx.content!);
    expect(contents.paragraphs().slice(0, 2)).toEqual([
      SUBMISSION_SETTINGS.发文机关标志,
      `${String(SUBMISSION_SETTINGS.发文字号)}签发人：${String(SUBMISSION_SETTINGS.签发人)}`,
    ]);
    // The 公文 fonts: the 报送 file is printed, never converted.
    expect(contents.files['word/styles.xml']).toContain('仿宋_GB2312');
  });

  it('logs a row without a 版本: the .docx link, the counts, the fingerprint and 报送版', () => {
    const env = environment();
    generateSubmission(env.services, NOW);
    const [row] = logRows(env);
    const [time, user, version, docUrl, docxUrl, , , fingerprint, result] = row;
    expect([time, user, version, docUrl, result]).toEqual([
      '2025-02-05 14:30:00',
      'clerk@example.org',
      '',
      '',
      '报送版',
    ]);
    expect(docxUrl).toBe(docxFiles(env)[0].webViewLink);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('notes on a 生成记录 header it creates that 公文链接 holds the 报送版 link on its rows', () => {
    const env = environment();
    generateSubmission(env.services, NOW);
    expect(env.spreadsheet.sheet('生成记录').cellAt(1, 5).note).toContain(
      '生成报送版的行在此列记',
    );
  });

  it('shows a dialog with the link that says why there is no Google Doc', () => {
    const env = environment();
    generateSubmission(env.services, NOW);
    const dialog = env.ui.dialogs[0];
    expect(dialog.title).toBe('报送版已生成');
    expect(dialog.content).toContain(docxFiles(env)[0].webViewLink);
    expect(dialog.content).toContain('不转换为 Google 文档');
    expect(dialog.content).toContain('红色版头');
  });

  it('names the version whose data it matches, beside that version’s files, and takes no version number', () => {
    const env = environment();
    generateReport(env.services, NOW);
    generateSubmission(env.services, NOW);
    generateReport(env.services, NOW);
    expect(logRows(env).map(r => [r[2], r[8]])).toEqual([
      ['v1', '成功'],
      ['', '报送版（内容同 v1）'],
      ['v2', '成功'],
    ]);
    const submitted = docxFiles(env).find(f => f.name.includes('报送版'))!;
    expect(submitted.name).toBe(`${TITLE}（报送版） v1 2025-02-05 14:30.docx`);
    const folders = env.drive.files.filter(f => f.mimeType === FOLDER_MIME);
    expect(folders).toHaveLength(1);
    expect(submitted.parents).toEqual([folders[0].id]);
  });

  it('leaves 打开最新报告 on the Google Doc version after a 报送 run', () => {
    const env = environment();
    generateReport(env.services, NOW);
    generateSubmission(env.services, NOW);
    const latest = latestVersion(readLogTab(env.spreadsheet));
    expect(latest.entry.version).toBe('v1');
    expect(latest.entry.docUrl).toMatch(/docs\.google\.com\/document/);
  });

  it('says the data changed since the last version when it did', () => {
    const env = environment();
    generateReport(env.services, NOW);
    env.spreadsheet.sheet('数据').seed([[462]], 2, 2);
    generateSubmission(env.services, NOW);
    expect(logRows(env)[1][8]).toBe('报送版（v1 之后有改动）');
    expect(env.ui.dialogs[1].content).toContain('第 v1 版之后数据有改动');
  });

  it('lists the empty 发文机关标志 and 发文字号 by cell and builds nothing on "no"', () => {
    const env = environment(sampleTabSeeds());
    env.ui.answerNext(env.ui.Button.NO);
    expect(generateSubmission(env.services, NOW).kind).toBe('cancelled');
    const prompt = env.ui.alerts[0].prompt;
    expect(prompt).toContain('2 个错误');
    expect(prompt).toMatch(/基本信息!B\d+.*发文机关标志/);
    expect(prompt).toMatch(/基本信息!B\d+.*发文字号/);
    expect(env.drive.files).toHaveLength(0);
    expect(logRows(env)).toHaveLength(0);
    expect(env.ui.sidebars[0].content).toContain('生成报送版须填写');
  });

  it('builds a 报送 draft marked 草稿 when the clerk accepts', () => {
    const env = environment(sampleTabSeeds());
    env.ui.answerNext(env.ui.Button.YES);
    generateSubmission(env.services, NOW);
    const [docx] = docxFiles(env);
    expect(docx.name).toBe(
      `${TITLE}（报送版） 2025-02-05 14:30 草稿（有错误）.docx`,
    );
    const row = logRows(env)[0];
    expect([row[2], row[5], row[8]]).toEqual(['', 2, '报送版草稿（有错误）']);
  });

  it('says busy and creates nothing while another generation holds the lock', () => {
    const env = environment();
    env.lock.holdByOther();
    expect(
      thrownAppError(() => generateSubmission(env.services, NOW)).code,
    ).toBe('busy');
    expect(env.drive.files).toHaveLength(0);
    expect(logRows(env)).toHaveLength(0);
  });

  it('logs a failed upload as 失败 without a version and releases the lock', () => {
    const env = environment();
    env.drive.failNext('create', new Error('Rate Limit Exceeded'), 1);
    expect(
      thrownAppError(() => generateSubmission(env.services, NOW)).code,
    ).toBe('drive-failed');
    const rows = logRows(env);
    expect(rows.map(r => [r[2], String(r[8]).slice(0, 3)])).toEqual([
      ['', '失败：'],
    ]);
    expect(String(rows[0][8])).toContain('Rate Limit Exceeded');
    expect(env.lock.isHeld()).toBe(false);
    generateReport(env.services, NOW);
    expect(logRows(env)[1][2]).toBe('v1');
  });

  it('gives the saved file’s link when its row cannot be written', () => {
    const env = environment();
    generateReport(env.services, NOW);
    env.spreadsheet
      .sheet('生成记录')
      .failNextSetValues(new Error('Service unavailable'));
    const error = thrownAppError(() => generateSubmission(env.services, NOW));
    expect(error.code).toBe('submission-log-failed');
    const submitted = docxFiles(env).find(f => f.name.includes('报送版'))!;
    expect(appErrorMessage(error)).toContain(submitted.webViewLink);
    expect(env.lock.isHeld()).toBe(false);
  });
});
