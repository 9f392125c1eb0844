// 生成报告 against the fakes: one document per run, the same text as the command line,
// drafts on errors, the lock, Drive failures and the log row.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {countBySeverity} from '../../src/core/findings/finding';
import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME, DOCX_MIME, FOLDER_MIME} from '../fakes/fake-drive';
import {readDocxBytes} from '../helpers/read-docx';
import {sampleTabSeeds} from './sample-workbook-seeds';
import {logRows} from './generation-outcomes';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));

function sampleEnvironment(): FakeEnvironment {
  return createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
}

const cliParagraphs = documentParagraphs(
  buildReport(sampleWorkbookGrids()).document,
);

describe('generateReport', () => {
  it('uploads a Google Doc whose .docx paragraphs equal the command line’s, and the .docx beside it', () => {
    const env = sampleEnvironment();
    const outcome = generateReport(env.services, NOW);
    expect(outcome.kind).toBe('generated');
    const folders = env.drive.files.filter(f => f.mimeType === FOLDER_MIME);
    const docs = env.drive.files.filter(f => f.mimeType === DOC_MIME);
    const docx = env.drive.files.filter(f => f.mimeType === DOCX_MIME);
    expect([folders.length, docs.length, docx.length]).toEqual([1, 1, 1]);
    expect(docs[0].parents).toEqual([folders[0].id]);
    expect(docx[0].parents).toEqual([folders[0].id]);
    expect(docs[0].uploadedContentType).toBe(DOCX_MIME);
    expect(readDocxBytes(docs[0].content!).paragraphs()).toEqual(cliParagraphs);
    expect(readDocxBytes(docx[0].content!).paragraphs()).toEqual(cliParagraphs);
    expect(readDocxBytes(docs[0].content!).files['word/styles.xml']).toContain(
      'Noto',
    );
    expect(readDocxBytes(docx[0].content!).files['word/styles.xml']).toContain(
      '仿宋_GB2312',
    );
    expect(docs[0].name).toBe(
      '古荡街道2024年度法治政府建设工作报告 v1 2025-02-05 14:30',
    );
    expect(docx[0].name).toBe(
      '古荡街道2024年度法治政府建设工作报告 v1 2025-02-05 14:30.docx',
    );
  });

  it('appends one row to 生成记录 with time, user, version, links, counts and fingerprint', () => {
    const env = sampleEnvironment();
    generateReport(env.services, NOW);
    const rows = logRows(env);
    expect(rows).toHaveLength(1);
    const [
      time,
      user,
      version,
      docUrl,
      docxUrl,
      errors,
      warnings,
      fingerprint,
      result,
    ] = rows[0];
    const counts = countBySeverity(buildReport(sampleWorkbookGrids()).findings);
    expect([time, user, version, errors, warnings, result]).toEqual([
      '2025-02-05 14:30:00',
      'clerk@example.org',
      'v1',
      counts.error,
      counts.warning,
      '成功',
    ]);
    expect(docUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(docxUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('numbers versions v1, v2 and reuses the output folder kept in document properties', () => {
    const env = sampleEnvironment();
    generateReport(env.services, NOW);
    generateReport(env.services, NOW);
    expect(logRows(env).map(r => r[2])).toEqual(['v1', 'v2']);
    expect(
      env.drive.files.filter(f => f.mimeType === FOLDER_MIME),
    ).toHaveLength(1);
    expect(env.drive.files.filter(f => f.mimeType === DOC_MIME)).toHaveLength(
      2,
    );
  });

  it('explains in notes on the new 生成记录 header which link is the review copy and which the official one', () => {
    const env = sampleEnvironment();
    generateReport(env.services, NOW);
    const log = env.spreadsheet.sheet('生成记录');
    expect(log.cellAt(1, 4).note).toContain('Google 文档：审阅稿');
    expect(log.cellAt(1, 5).note).toContain('打印和报送用这一份');
    expect(log.cellAt(1, 2).note).toContain('Google 可能不向脚本提供邮箱');
  });

  it('shows one progress toast and a closing dialog with both links and which copy is which', () => {
    const env = sampleEnvironment();
    generateReport(env.services, NOW);
    expect(env.spreadsheet.toasts).toHaveLength(1);
    const dialog = env.ui.dialogs[0];
    expect(dialog.title).toBe('报告已生成');
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    expect(dialog.content).toContain(doc.webViewLink);
    expect(dialog.content).toContain(
      '各部分顺序（按工作表顺序）：导语 → 一、举措成效 → 二、不足原因',
    );
    expect(dialog.content).toContain('Google 文档是审阅稿');
    expect(dialog.content).toContain('打印和报送请用它');
  });

  it('says busy and creates nothing while another generation holds the lock', () => {
    const env = sampleEnvironment();
    env.lock.holdByOther();
    expect(() => generateReport(env.services, NOW)).toThrow(
      expect.objectContaining({code: 'busy'}),
    );
    expect(env.drive.files).toHaveLength(0);
    expect(logRows(env)).toHaveLength(0);
  });

  it('releases the lock after a run, so the next click works', () => {
    const env = sampleEnvironment();
    generateReport(env.services, NOW);
    expect(env.lock.isHeld()).toBe(false);
    expect(generateReport(env.services, NOW).kind).toBe('generated');
  });

  it('on a Drive failure mid-way completes its reserved row as failed with the uploaded link, keeps the sheet and releases the lock', () => {
    const env = sampleEnvironment();
    const before = env.spreadsheet
      .snapshot()
      .filter(s => s.name !== '生成记录');
    env.drive.failNext('create', new Error('Rate Limit Exceeded'), 2);
    expect(() => generateReport(env.services, NOW)).toThrow(
      expect.objectContaining({code: 'drive-failed'}),
    );
    const rows = logRows(env);
    expect(rows).toHaveLength(1);
    expect(rows[0][2]).toBe('v1');
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    expect(rows[0][3]).toBe(doc.webViewLink);
    expect(String(rows[0][8])).toContain('失败：');
    expect(String(rows[0][8])).toContain('Rate Limit Exceeded');
    expect(
      env.spreadsheet.snapshot().filter(s => s.name !== '生成记录'),
    ).toEqual(before);
    expect(env.lock.isHeld()).toBe(false);
  });

  it('asks before building a draft when there are errors, and builds nothing on "no"', () => {
    const env = sampleEnvironment();
    env.spreadsheet.sheet('数据').seed([['很多']], 17, 2);
    env.ui.answerNext(env.ui.Button.NO);
    expect(generateReport(env.services, NOW).kind).toBe('cancelled');
    expect(env.ui.alerts[0].prompt).toContain('数据!B17');
    expect(env.drive.files).toHaveLength(0);
  });

  it('builds a draft marked 草稿 when the clerk accepts', () => {
    const env = sampleEnvironment();
    env.spreadsheet.sheet('数据').seed([['很多']], 17, 2);
    env.ui.answerNext(env.ui.Button.YES);
    generateReport(env.services, NOW);
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    expect(doc.name).toMatch(/ 草稿（有错误）$/);
    const row = logRows(env)[0];
    expect([row[5], row[8]]).toEqual([1, '草稿（有错误）']);
  });

  it('says so in Chinese when the Advanced Drive service is not enabled', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      driveEnabled: false,
    });
    expect(() => generateReport(env.services, NOW)).toThrow(
      expect.objectContaining({code: 'drive-service-missing'}),
    );
  });

  it('writes text that looks like a formula into the log as plain text, never a formula', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      email: '=IMPORTXML("x")',
    });
    generateReport(env.services, NOW);
    const log = env.spreadsheet.sheet('生成记录');
    expect(log.cellAt(2, 2).numberFormat).toBe('@');
    expect(log.formulaAt(2, 2)).toBeNull();
    expect(logRows(env)[0][1]).toBe('=IMPORTXML("x")');
  });

  it('reads each tab with one getValues and never reads cell by cell', () => {
    const env = sampleEnvironment();
    const readTabs = env.spreadsheet.sheetNames().length;
    generateReport(env.services, NOW);
    expect(env.calls.count('Range.getValues')).toBe(readTabs);
    expect(env.calls.count('Range.getValue')).toBe(0);
  });
});
