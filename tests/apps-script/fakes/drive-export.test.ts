import {CallLog} from '../../fakes/call-log';
import {FakeBlob} from '../../fakes/fake-blob';
import {DOC_MIME, DOCX_MIME, FakeDrive, PDF_MIME} from '../../fakes/fake-drive';

function setup() {
  const calls = new CallLog();
  const drive = new FakeDrive(calls, () => new Date(0));
  const upload = () =>
    new FakeBlob(new Uint8Array([0x50, 0x4b]), 'r.docx', DOCX_MIME, calls);
  const doc = drive.Files.create(
    {name: '2024年度报告 v1', mimeType: DOC_MIME},
    upload(),
    {},
  );
  const docx = drive.Files.create({name: 'r.docx'}, upload(), {});
  return {calls, drive, docId: doc.id ?? '', docxId: docx.id ?? ''};
}

describe('FakeDrive Files.export', () => {
  it('exports a Google Doc to PDF bytes (signed, as Java byte[]), not a Blob, and counts the call', () => {
    const {calls, drive, docId} = setup();
    const bytes = drive.Files.export(docId, PDF_MIME, {alt: 'media'});
    expect(Array.isArray(bytes)).toBe(true);
    expect(bytes.every(b => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(
      true,
    );
    expect(bytes.some(b => b < 0)).toBe(true);
    const text = Buffer.from(Uint8Array.from(bytes, b => b & 0xff)).toString(
      'utf8',
    );
    expect(text).toMatch(/^%PDF-1\.4\n% 2024年度报告 v1\n/);
    expect(calls.count('Drive.Files.export')).toBe(1);
  });

  it('requires alt=media, as the live service does', () => {
    const {drive, docId} = setup();
    expect(() => drive.Files.export(docId, PDF_MIME, {})).toThrow(
      /Export requires alt=media/,
    );
  });

  it('refuses to export a file that is not a Docs Editors file', () => {
    const {drive, docxId} = setup();
    expect(() => drive.Files.export(docxId, PDF_MIME, {alt: 'media'})).toThrow(
      'API call to drive.files.export failed with error: Export only supports Docs Editors files.',
    );
  });

  it('throws File not found for a deleted Doc', () => {
    const {drive, docId} = setup();
    drive.remove(docId);
    expect(() => drive.Files.export(docId, PDF_MIME, {alt: 'media'})).toThrow(
      `API call to drive.files.export failed with error: File not found: ${docId}.`,
    );
  });

  it('fails once when a test scheduled an export failure', () => {
    const {drive, docId} = setup();
    drive.failNext('export', new Error('Backend Error'));
    expect(() => drive.Files.export(docId, PDF_MIME, {alt: 'media'})).toThrow(
      'Backend Error',
    );
    expect(
      drive.Files.export(docId, PDF_MIME, {alt: 'media'}).length,
    ).toBeGreaterThan(0);
  });
});
