// 共享给审阅人 against the fakes: commenter on the newest Google Doc and .docx for valid reviewers,
// bad addresses refused by cell, no duplicates on a repeat, the message, no version, call counts.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {shareSummary} from '../../src/apps-script/ui/share-dialogs';
import {shareReport} from '../../src/apps-script/actions/share-report';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';
import {
  grantees,
  LATER,
  REVIEWERS_ROW,
  shareLogRows,
  sharedEnvironment,
  versionFiles,
} from './share-environment';

describe('shareReport', () => {
  it('gives each valid reviewer commenter access to the newest Google Doc and .docx, with one e-mail carrying both links', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn、li@hz.gov.cn');
    const result = shareReport(env.services, undefined, LATER);
    const {doc, docx} = versionFiles(env);
    for (const fileId of [doc, docx])
      expect(grantees(env, fileId)).toEqual([
        'zhang@hz.gov.cn:commenter',
        'li@hz.gov.cn:commenter',
      ]);
    expect(result).toEqual({
      version: 'v1',
      shared: ['zhang@hz.gov.cn', 'li@hz.gov.cn'],
      skipped: [],
      refused: [],
      failed: [],
    });
    expect(env.drive.notifications).toHaveLength(2);
    const docxUrl = env.drive.file(docx).webViewLink;
    expect(env.drive.notifications[0]).toEqual({
      fileId: doc,
      emailAddress: 'zhang@hz.gov.cn',
      role: 'commenter',
      message: `公文 .docx（用于打印报送）：${docxUrl}`,
    });
  });

  it('goes on sharing when Drive refuses an address without a Google account, and says whose', () => {
    const env = sharedEnvironment(
      'zhang@hz.gov.cn、nobody@hz.gov.cn、li@hz.gov.cn',
    );
    env.drive.refuseSharingWith('nobody@hz.gov.cn', 'no-account');
    const result = shareReport(env.services, '请审阅', LATER);
    expect(result.shared).toEqual(['zhang@hz.gov.cn', 'li@hz.gov.cn']);
    expect(result.failed.map(f => f.address)).toEqual(['nobody@hz.gov.cn']);
    expect(result.failed[0].detail).toMatch(/no Google account/);
    const {doc, docx} = versionFiles(env);
    for (const fileId of [doc, docx])
      expect(grantees(env, fileId)).toEqual([
        'zhang@hz.gov.cn:commenter',
        'li@hz.gov.cn:commenter',
      ]);
    expect(env.drive.notifications.map(n => n.emailAddress)).toEqual([
      'zhang@hz.gov.cn',
      'li@hz.gov.cn',
    ]);
  });

  it('sends the e-mail with the .docx grant, naming the Doc, when a reviewer already had the Doc', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    const {doc, docx} = versionFiles(env);
    env.drive.Permissions.create(
      {type: 'user', role: 'commenter', emailAddress: 'zhang@hz.gov.cn'},
      doc,
      {sendNotificationEmail: false},
    );
    shareReport(env.services, undefined, LATER);
    expect(env.drive.notifications).toEqual([
      {
        fileId: docx,
        emailAddress: 'zhang@hz.gov.cn',
        role: 'commenter',
        message: `Google 文档（审阅稿）：${env.drive.file(doc).webViewLink}`,
      },
    ]);
  });

  it('refuses malformed and off-domain addresses by cell and shares only with the valid one', () => {
    const env = sharedEnvironment(
      'zhang@hz.gov.cn\nli@qq.com，wang@hz',
      'hz.gov.cn',
    );
    const result = shareReport(env.services, undefined, LATER);
    expect(result.shared).toEqual(['zhang@hz.gov.cn']);
    expect(
      result.refused.map(r => [r.address, r.finding.code, r.finding.cell]),
    ).toEqual([
      [
        'li@qq.com',
        'reviewer-off-domain',
        {tab: '基本信息', row: REVIEWERS_ROW, column: 2},
      ],
      [
        'wang@hz',
        'reviewer-invalid',
        {tab: '基本信息', row: REVIEWERS_ROW, column: 2},
      ],
    ]);
    const {doc, docx} = versionFiles(env);
    expect(grantees(env, doc)).toEqual(['zhang@hz.gov.cn:commenter']);
    expect(grantees(env, docx)).toEqual(['zhang@hz.gov.cn:commenter']);
    const summary = shareSummary(result);
    expect(summary).toContain(`基本信息!B${REVIEWERS_ROW}`);
    expect(summary).toContain('li@qq.com');
    expect(summary).toContain('hz.gov.cn');
    expect(summary).toContain('wang@hz');
  });

  it('adds no duplicate permission and sends no second e-mail when shared again', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn, li@hz.gov.cn');
    shareReport(env.services, undefined, LATER);
    env.calls.reset();
    const again = shareReport(env.services, undefined, LATER);
    const {doc, docx} = versionFiles(env);
    expect(grantees(env, doc)).toHaveLength(2);
    expect(grantees(env, docx)).toHaveLength(2);
    expect(env.drive.notifications).toHaveLength(2);
    expect(env.calls.count('Drive.Permissions.create')).toBe(0);
    expect(again.shared).toEqual([]);
    expect(again.skipped).toEqual(['zhang@hz.gov.cn', 'li@hz.gov.cn']);
    expect(shareSummary(again)).toContain('未重复共享');
  });

  it('shares only with the reviewer added since the last share', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    shareReport(env.services, undefined, LATER);
    env.spreadsheet
      .sheet('基本信息')
      .seed([['zhang@hz.gov.cn, li@hz.gov.cn']], REVIEWERS_ROW, 2);
    const result = shareReport(env.services, undefined, LATER);
    expect(result.shared).toEqual(['li@hz.gov.cn']);
    expect(result.skipped).toEqual(['zhang@hz.gov.cn']);
    expect(env.drive.notifications).toHaveLength(2);
  });

  it('skips the clerk who owns the files when they list themselves', () => {
    const env = sharedEnvironment('Clerk@example.org、li@hz.gov.cn');
    const result = shareReport(env.services, undefined, LATER);
    expect(result.skipped).toEqual(['Clerk@example.org']);
    expect(result.shared).toEqual(['li@hz.gov.cn']);
  });

  it('passes the optional message into the one sharing e-mail, above the .docx link', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    shareReport(env.services, '请于2月10日前提出意见', LATER);
    const docxUrl = env.drive.file(versionFiles(env).docx).webViewLink;
    expect(env.drive.notifications.map(n => n.message)).toEqual([
      `请于2月10日前提出意见\n\n公文 .docx（用于打印报送）：${docxUrl}`,
    ]);
  });

  it('shares the newest version, not an older one', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    generateReport(env.services, LATER);
    const result = shareReport(env.services, undefined, LATER);
    expect(result.version).toBe('v2');
    const older = versionFiles(env, 0);
    const newest = versionFiles(env, -1);
    expect(grantees(env, newest.doc)).toEqual(['zhang@hz.gov.cn:commenter']);
    expect(grantees(env, newest.docx)).toEqual(['zhang@hz.gov.cn:commenter']);
    expect(grantees(env, older.doc)).toEqual([]);
  });

  it('says there is no report yet, and shares and logs nothing, before the first generation', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    env.spreadsheet
      .sheet('基本信息')
      .seed([['zhang@hz.gov.cn']], REVIEWERS_ROW, 2);
    expect(() => shareReport(env.services, undefined, LATER)).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
    expect(env.calls.count('Drive.Permissions.create')).toBe(0);
    expect(shareLogRows(env)).toEqual([]);
  });

  it('calls Drive not at all and says so when 审阅人 is empty', () => {
    const env = sharedEnvironment('');
    const result = shareReport(env.services, undefined, LATER);
    expect(env.calls.count('Drive.Permissions.list')).toBe(0);
    expect(shareSummary(result)).toContain('没有填写审阅人');
  });

  it('lists permissions once per file and creates one per reviewer and file', () => {
    const env = sharedEnvironment('a@hz.gov.cn, b@hz.gov.cn, c@hz.gov.cn');
    shareReport(env.services, undefined, LATER);
    expect(env.calls.count('Drive.Permissions.list')).toBe(2);
    expect(env.calls.count('Drive.Permissions.create')).toBe(6);
    expect(env.calls.count('Range.getValues')).toBe(2);
  });
});
