import {
  driveFileId,
  latestVersion,
} from '../../src/apps-script/drive/latest-version';
import {LOG_COLUMNS} from '../../src/core/workbook/schema';

const DOC = 'https://docs.google.com/document/d/1AbC-d_9/edit?usp=drivesdk';
const DOCX = 'https://drive.google.com/file/d/1XyZ_0-q/view?usp=drivesdk';

function log(...rows: (readonly [string, string, string, string])[]) {
  return {
    name: '生成记录',
    grid: [
      [...LOG_COLUMNS],
      ...rows.map(([version, docUrl, docxUrl, result]) => [
        '2025-02-05 14:30:00',
        'clerk@example.org',
        version,
        docUrl,
        docxUrl,
        0,
        0,
        '',
        result,
      ]),
    ],
  };
}

describe('driveFileId', () => {
  it('reads the id from a Docs edit link and a Drive file link', () => {
    expect(driveFileId(DOC)).toBe('1AbC-d_9');
    expect(driveFileId(DOCX)).toBe('1XyZ_0-q');
  });

  it('finds no id in a link without /d/<id>', () => {
    expect(driveFileId('https://drive.google.com/drive/my-drive')).toBe(
      undefined,
    );
    expect(driveFileId('')).toBeUndefined();
  });
});

describe('latestVersion', () => {
  it('takes the last row with a version, passing over failed runs and PDF exports', () => {
    const latest = latestVersion(
      log(
        ['v1', 'https://docs.google.com/document/d/old/edit', DOCX, '成功'],
        ['v2', DOC, DOCX, '成功'],
        ['', '', '', '失败：quota'],
        ['', DOC, 'https://drive.google.com/file/d/pdf/view', '导出PDF（v2）'],
      ),
    );
    expect([latest.entry.version, latest.docId, latest.docxId]).toEqual([
      'v2',
      '1AbC-d_9',
      '1XyZ_0-q',
    ]);
  });

  it('throws no-report-yet without a log or a version row', () => {
    expect(() => latestVersion(undefined)).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
    expect(() => latestVersion(log(['', '', '', '失败：quota']))).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
  });

  it('throws drive-failed naming the link when an edited link has no file id', () => {
    expect(() => latestVersion(log(['v1', DOC, '（已删除）', '成功']))).toThrow(
      expect.objectContaining({
        code: 'drive-failed',
        params: {detail: 'no file id in the v1 link "（已删除）"'},
      }),
    );
  });
});
