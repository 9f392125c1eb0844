// 共享记录 and Drive failures of 共享给审阅人: one row per share with what was shared, skipped and
// refused; a failure mid-way is logged with what was shared so far, and a retry completes it.

import {SHARE_LOG_COLUMNS} from '../../src/apps-script/sheets/share-log';
import {shareReport} from '../../src/apps-script/actions/share-report';
import {
  grantees,
  LATER,
  REVIEWERS_ROW,
  shareLogRows,
  sharedEnvironment,
  versionFiles,
} from './share-environment';

describe('shareReport log and failures', () => {
  it('records a refused grant per address in 共享记录 and shares with the rest; a retry completes it', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn, li@hz.gov.cn');
    env.drive.failNext(
      'permissions.create',
      new Error('User rate limit exceeded'),
      1,
    );
    const result = shareReport(env.services, undefined, LATER);
    expect(result.shared).toEqual(['li@hz.gov.cn']);
    expect(result.failed).toEqual([
      {address: 'zhang@hz.gov.cn', detail: 'User rate limit exceeded'},
    ]);
    const rows = shareLogRows(env);
    expect(rows).toHaveLength(1);
    expect(rows[0][3]).toBe('li@hz.gov.cn');
    expect(rows[0][5]).toBe(
      'zhang@hz.gov.cn（云端硬盘拒绝：User rate limit exceeded）',
    );
    expect(rows[0][7]).toBe('部分成功');
    const retry = shareReport(env.services, undefined, LATER);
    expect(retry.shared).toEqual(['zhang@hz.gov.cn']);
    expect(retry.skipped).toEqual(['li@hz.gov.cn']);
    const {doc, docx} = versionFiles(env);
    expect(grantees(env, doc)).toHaveLength(2);
    expect(grantees(env, docx)).toHaveLength(2);
    // zhang had the Doc (and its e-mail) before the .docx failed; the retry's .docx e-mail is new.
    expect(env.drive.notifications.map(n => n.emailAddress)).toEqual([
      'zhang@hz.gov.cn',
      'li@hz.gov.cn',
      'zhang@hz.gov.cn',
    ]);
  });

  it('throws drive-failed and logs it when a file permissions cannot be listed', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    env.drive.failNext('permissions.list', new Error('Backend Error'));
    expect(() => shareReport(env.services, undefined, LATER)).toThrow(
      expect.objectContaining({
        code: 'drive-failed',
        params: {detail: 'Backend Error'},
      }),
    );
    expect(String(shareLogRows(env)[0][7])).toBe('失败：Backend Error');
  });

  it('fails with drive-failed when the .docx of the version was deleted', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    env.drive.remove(versionFiles(env).docx);
    expect(() => shareReport(env.services, undefined, LATER)).toThrow(
      expect.objectContaining({code: 'drive-failed'}),
    );
    expect(String(shareLogRows(env)[0][7])).toMatch(/File not found/);
  });

  it('logs each share in 共享记录 with its header, time, user, version, lists and message', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn、bad', '');
    shareReport(env.services, '请审阅', LATER);
    shareReport(env.services, undefined, LATER);
    const tab = env.spreadsheet.snapshot().find(s => s.name === '共享记录')!;
    expect(tab.values[0]).toEqual([...SHARE_LOG_COLUMNS]);
    expect(tab.values.slice(1)).toEqual([
      [
        '2025-02-06 09:00:00',
        'clerk@example.org',
        'v1',
        'zhang@hz.gov.cn',
        '',
        `bad（基本信息!B${REVIEWERS_ROW}）`,
        '请审阅',
        '成功',
      ],
      [
        '2025-02-06 09:00:00',
        'clerk@example.org',
        'v1',
        '',
        'zhang@hz.gov.cn',
        `bad（基本信息!B${REVIEWERS_ROW}）`,
        '',
        '成功',
      ],
    ]);
  });

  it('writes a message that looks like a formula into 共享记录 as plain text', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    shareReport(env.services, '=HYPERLINK("x")', LATER);
    const log = env.spreadsheet.sheet('共享记录');
    expect(log.formulaAt(2, 7)).toBeNull();
    expect(log.cellAt(2, 7).value).toBe('=HYPERLINK("x")');
  });
});
