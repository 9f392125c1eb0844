import {unzipSync} from 'fflate';
import {CallLog} from '../../fakes/call-log';
import {FakeBlob} from '../../fakes/fake-blob';
import {FakeUtilities} from '../../fakes/fake-utilities';

function utilities(calls = new CallLog()) {
  return new FakeUtilities(calls);
}

describe('FakeBlob', () => {
  it('holds UTF-8 bytes and reports them signed like Apps Script', () => {
    const blob = utilities().newBlob('é', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.getDataAsString()).toBe('é');
    expect([blob.getName(), blob.getContentType()]).toEqual([
      'a.txt',
      'text/plain',
    ]);
  });

  it('renames and retypes in place, returning itself', () => {
    const blob = utilities().newBlob('x', 'application/zip', 'a.zip');
    expect(blob.setName('报告.docx').setContentType('application/msword')).toBe(
      blob,
    );
    expect([blob.getName(), blob.getContentType()]).toEqual([
      '报告.docx',
      'application/msword',
    ]);
  });
});

describe('FakeUtilities.newBlob', () => {
  it('keeps signed bytes as they are and refuses numbers that are not Java bytes', () => {
    const calls = new CallLog();
    const utilities = new FakeUtilities(calls);
    const blob = utilities.newBlob([37, -1, 0], 'application/pdf', 'a.pdf');
    expect(blob.getBytes()).toEqual([37, -1, 0]);
    expect(() => utilities.newBlob([255], 'application/pdf', 'a.pdf')).toThrow(
      /don't match the method signature/,
    );
  });
});

describe('FakeUtilities.zip', () => {
  it('produces an archive fflate unzips with the same paths and bytes', () => {
    const u = utilities();
    const zip = u.zip(
      [
        u.newBlob('<Types/>', 'application/xml', '[Content_Types].xml'),
        u.newBlob(
          '<w:document>法治</w:document>',
          'application/xml',
          'word/document.xml',
        ),
      ],
      '报告.docx',
    );
    expect([zip.getName(), zip.getContentType()]).toEqual([
      '报告.docx',
      'application/zip',
    ]);
    const entries = unzipSync(Uint8Array.from(zip.getBytes(), b => b & 0xff));
    expect(Object.keys(entries)).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
    ]);
    expect(Buffer.from(entries['word/document.xml']).toString('utf8')).toBe(
      '<w:document>法治</w:document>',
    );
  });

  it('throws when two blobs share a name', () => {
    const u = utilities();
    const a = u.newBlob('1', 'text/plain', 'x.xml');
    const b = u.newBlob('2', 'text/plain', 'x.xml');
    expect(() => u.zip([a, b], 'z.zip')).toThrow(/duplicate entry x.xml/);
  });

  it('throws when a blob has no name', () => {
    const nameless = new FakeBlob(
      new Uint8Array([1]),
      null,
      'text/plain',
      new CallLog(),
    );
    expect(() => utilities().zip([nameless], 'z.zip')).toThrow(/needs a name/);
  });

  it('reads fake blobs without counting Blob calls', () => {
    const calls = new CallLog();
    const u = utilities(calls);
    u.zip([u.newBlob('1', 'text/plain', 'a')], 'z.zip');
    expect(calls.sequence()).toEqual(['Utilities.newBlob', 'Utilities.zip']);
  });
});

describe('FakeUtilities.formatDate', () => {
  const instant = new Date(Date.UTC(2024, 11, 31, 17, 5, 9));

  it('formats in Asia/Shanghai, crossing midnight into the next day', () => {
    const u = utilities();
    expect(u.formatDate(instant, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-01-01 01:05:09',
    );
    expect(u.formatDate(instant, 'Asia/Shanghai', 'yyyy-MM-dd')).toBe(
      '2025-01-01',
    );
    expect(u.formatDate(instant, 'Asia/Shanghai', 'yyyyMMdd-HHmm')).toBe(
      '20250101-0105',
    );
  });

  it('formats in another zone and with GMT offsets', () => {
    const u = utilities();
    expect(u.formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm')).toBe(
      '2024-12-31 17:05',
    );
    expect(u.formatDate(instant, 'GMT+8', 'HH:mm')).toBe('01:05');
  });

  it('falls back to GMT for an unknown zone id, as Java does', () => {
    expect(utilities().formatDate(instant, 'Mars/Olympus', 'HH:mm')).toBe(
      '17:05',
    );
  });

  it('supports quoted literal text', () => {
    expect(utilities().formatDate(instant, 'UTC', "yyyy'年'M'月'd'日'")).toBe(
      '2024年12月31日',
    );
  });

  it('throws for pattern letters it does not support', () => {
    expect(() => utilities().formatDate(instant, 'UTC', 'EEE, MMM d')).toThrow(
      /not supported/,
    );
  });
});

describe('FakeUtilities.sleep', () => {
  it('records each pause without waiting, and counts the call', () => {
    const calls = new CallLog();
    const fake = utilities(calls);
    const started = Date.now();
    fake.sleep(4000);
    fake.sleep(0);
    expect(fake.sleeps).toEqual([4000, 0]);
    expect(calls.count('Utilities.sleep')).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a negative pause or one over five minutes, as Apps Script does', () => {
    expect(() => utilities().sleep(-1)).toThrow('Invalid argument');
    expect(() => utilities().sleep(300001)).toThrow('300000');
  });
});
