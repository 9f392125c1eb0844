import {CallLog} from '../../fakes/call-log';
import {FakeBlob} from '../../fakes/fake-blob';
import {DOCX_MIME, FakeDrive, FOLDER_MIME} from '../../fakes/fake-drive';

function setup() {
  const calls = new CallLog();
  const drive = new FakeDrive(calls, () => new Date(0), 'owner@hz.gov.cn');
  const file = drive.Files.create(
    {name: '报告.docx'},
    new FakeBlob(new Uint8Array([1]), '报告.docx', DOCX_MIME, calls),
    {},
  );
  return {calls, drive, fileId: file.id ?? ''};
}

const commenter = (emailAddress: string) => ({
  type: 'user',
  role: 'commenter',
  emailAddress,
});

describe('FakeDrive Permissions.create', () => {
  it('grants a role with an id and records the sharing e-mail with its message', () => {
    const {calls, drive, fileId} = setup();
    const permission = drive.Permissions.create(
      commenter('Zhang@HZ.gov.cn'),
      fileId,
      {sendNotificationEmail: true, emailMessage: '请审阅', fields: 'id'},
    );
    expect(permission).toEqual({
      kind: 'drive#permission',
      id: expect.stringMatching(/^perm-/),
      type: 'user',
      role: 'commenter',
      emailAddress: 'zhang@hz.gov.cn',
    });
    expect(drive.permissionsOf(fileId)).toHaveLength(1);
    expect(drive.notifications).toEqual([
      {
        fileId,
        emailAddress: 'zhang@hz.gov.cn',
        role: 'commenter',
        message: '请审阅',
      },
    ]);
    expect(calls.count('Drive.Permissions.create')).toBe(1);
  });

  it('sends no e-mail when sendNotificationEmail is false', () => {
    const {drive, fileId} = setup();
    drive.Permissions.create(commenter('li@hz.gov.cn'), fileId, {
      sendNotificationEmail: false,
    });
    expect(drive.notifications).toEqual([]);
  });

  it('keeps one permission per grantee and file, with the same id on every file', () => {
    const {calls, drive, fileId} = setup();
    const other = drive.seedFolder('报告');
    const first = drive.Permissions.create(
      commenter('li@hz.gov.cn'),
      fileId,
      {},
    );
    drive.Permissions.create(
      {type: 'user', role: 'reader', emailAddress: 'li@hz.gov.cn'},
      fileId,
      {},
    );
    const onFolder = drive.Permissions.create(
      commenter('li@hz.gov.cn'),
      other,
      {},
    );
    expect(drive.permissionsOf(fileId)).toEqual([
      {
        id: first.id,
        type: 'user',
        role: 'reader',
        emailAddress: 'li@hz.gov.cn',
      },
    ]);
    expect(onFolder.id).toBe(first.id);
    expect(calls.count('Drive.Permissions.create')).toBe(3);
  });

  it('refuses a malformed address the way Drive refuses an invalid value', () => {
    const {drive, fileId} = setup();
    expect(() =>
      drive.Permissions.create(commenter('zhang@hz'), fileId, {}),
    ).toThrow(
      'API call to drive.permissions.create failed with error: Invalid value for: emailAddress "zhang@hz" is not a valid email address.',
    );
    expect(drive.permissionsOf(fileId)).toEqual([]);
    expect(drive.notifications).toEqual([]);
  });

  it('refuses an unknown role and a role for the owner', () => {
    const {drive, fileId} = setup();
    expect(() =>
      drive.Permissions.create(
        {type: 'user', role: 'boss', emailAddress: 'li@hz.gov.cn'},
        fileId,
        {},
      ),
    ).toThrow(/Invalid value for: role/);
    expect(() =>
      drive.Permissions.create(commenter('OWNER@hz.gov.cn'), fileId, {}),
    ).toThrow(/owner/);
  });

  it('throws File not found for an unknown file', () => {
    const {drive} = setup();
    expect(() =>
      drive.Permissions.create(commenter('li@hz.gov.cn'), 'gone', {}),
    ).toThrow(
      'API call to drive.permissions.create failed with error: File not found: gone.',
    );
  });

  it('fails when a test scheduled a failure, after letting earlier grants through', () => {
    const {drive, fileId} = setup();
    drive.failNext('permissions.create', new Error('Rate Limit Exceeded'), 1);
    drive.Permissions.create(commenter('a@hz.gov.cn'), fileId, {});
    expect(() =>
      drive.Permissions.create(commenter('b@hz.gov.cn'), fileId, {}),
    ).toThrow('Rate Limit Exceeded');
    expect(drive.permissionsOf(fileId).map(p => p.emailAddress)).toEqual([
      'a@hz.gov.cn',
    ]);
  });
});

describe('FakeDrive Permissions.list', () => {
  it('lists the owner first, then the granted permissions, and counts the call', () => {
    const {calls, drive, fileId} = setup();
    drive.Permissions.create(commenter('li@hz.gov.cn'), fileId, {});
    const list = drive.Permissions.list(fileId, {
      fields: 'permissions(id,emailAddress,role,type)',
    });
    expect(
      list.permissions?.map(p => [p.emailAddress, p.role, p.type]),
    ).toEqual([
      ['owner@hz.gov.cn', 'owner', 'user'],
      ['li@hz.gov.cn', 'commenter', 'user'],
    ]);
    expect(list.permissions?.every(p => /^perm-/.test(p.id ?? ''))).toBe(true);
    expect(list.nextPageToken).toBeUndefined();
    expect(calls.count('Drive.Permissions.list')).toBe(1);
  });

  it('throws File not found for an unknown or deleted file', () => {
    const {drive, fileId} = setup();
    drive.remove(fileId);
    expect(() => drive.Permissions.list(fileId, {})).toThrow(
      `API call to drive.permissions.list failed with error: File not found: ${fileId}.`,
    );
  });
});

describe('FakeDrive sharing refusals', () => {
  it('throws for an address without a Google account, with or without the e-mail, and grants nothing', () => {
    const calls = new CallLog();
    const drive = new FakeDrive(calls, () => new Date(0));
    const file = drive.Files.create({name: 'f', mimeType: FOLDER_MIME});
    drive.refuseSharingWith('Nobody@x.cn', 'no-account');
    for (const sendNotificationEmail of [true, false])
      expect(() =>
        drive.Permissions.create(
          {type: 'user', role: 'commenter', emailAddress: 'nobody@x.cn'},
          file.id!,
          {sendNotificationEmail},
        ),
      ).toThrow(
        /^API call to drive.permissions.create failed with error: Bad Request/,
      );
    expect(drive.permissionsOf(file.id!)).toEqual([]);
    expect(drive.notifications).toEqual([]);
  });
});
