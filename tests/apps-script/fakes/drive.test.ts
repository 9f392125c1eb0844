import {CallLog} from '../../fakes/call-log';
import {FakeBlob} from '../../fakes/fake-blob';
import {
  DOC_MIME,
  DOCX_MIME,
  FakeDrive,
  FOLDER_MIME,
} from '../../fakes/fake-drive';

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));

function setup() {
  const calls = new CallLog();
  return {calls, drive: new FakeDrive(calls, () => NOW)};
}

function docx(calls: CallLog) {
  return new FakeBlob(
    new Uint8Array([0x50, 0x4b, 3, 4]),
    '报告.docx',
    DOCX_MIME,
    calls,
  );
}

describe('FakeDrive create', () => {
  it('creates a folder with an id, link and creation time', () => {
    const {drive} = setup();
    const folder = drive.Files.create({
      name: '法治报告',
      mimeType: FOLDER_MIME,
    });
    expect(folder).toEqual({
      kind: 'drive#file',
      id: 'file-1',
      name: '法治报告',
      mimeType: FOLDER_MIME,
      parents: ['root'],
      webViewLink: 'https://drive.google.com/drive/folders/file-1',
      createdTime: '2025-01-02T03:04:05.000Z',
      trashed: false,
    });
  });

  it('converts an uploaded .docx into a Google Doc, keeping the bytes sent', () => {
    const {calls, drive} = setup();
    const folderId = drive.seedFolder('报告');
    const doc = drive.Files.create(
      {name: '2024年度报告', mimeType: DOC_MIME, parents: [folderId]},
      docx(calls),
      {fields: 'id,webViewLink'},
    );
    expect(doc.webViewLink).toBe(
      `https://docs.google.com/document/d/${doc.id}/edit`,
    );
    const stored = drive.file(doc.id ?? '');
    expect(stored).toMatchObject({
      mimeType: DOC_MIME,
      parents: [folderId],
      uploadedContentType: DOCX_MIME,
      optionalArgs: {fields: 'id,webViewLink'},
    });
    expect(Array.from(stored.content ?? [])).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('stores a plain upload under its own content type with a file link', () => {
    const {calls, drive} = setup();
    const file = drive.Files.create({name: '报告.docx'}, docx(calls), {});
    expect(file.mimeType).toBe(DOCX_MIME);
    expect(file.webViewLink).toBe(
      `https://drive.google.com/file/d/${file.id}/view`,
    );
  });

  it('refuses to convert an upload Docs cannot import', () => {
    const {calls, drive} = setup();
    const zip = new FakeBlob(
      new Uint8Array([1]),
      'a.zip',
      'application/zip',
      calls,
    );
    expect(() =>
      drive.Files.create({name: 'x', mimeType: DOC_MIME}, zip, {}),
    ).toThrow(/Cannot convert application\/zip/);
  });

  it('throws File not found for an unknown parent', () => {
    const {drive} = setup();
    expect(() =>
      drive.Files.create({name: 'x', mimeType: FOLDER_MIME, parents: ['gone']}),
    ).toThrow(
      'API call to drive.files.create failed with error: File not found: gone.',
    );
    expect(drive.files).toEqual([]);
  });

  it('refuses a parent that is not a folder', () => {
    const {calls, drive} = setup();
    const file = drive.Files.create({name: 'a.docx'}, docx(calls), {});
    expect(() =>
      drive.Files.create({name: 'b', parents: [file.id ?? '']}),
    ).toThrow(/is not a folder/);
  });

  it('keeps every file for assertions, in creation order', () => {
    const {drive} = setup();
    drive.Files.create({name: 'a', mimeType: FOLDER_MIME});
    drive.Files.create({name: 'b', mimeType: FOLDER_MIME});
    expect(drive.files.map(f => f.name)).toEqual(['a', 'b']);
  });
});

describe('FakeDrive get', () => {
  it('returns a stored file', () => {
    const {drive} = setup();
    const id = drive.seedFolder('报告');
    expect(drive.Files.get(id, {fields: 'id,trashed'})).toMatchObject({
      id,
      name: '报告',
      trashed: false,
    });
  });

  it('throws File not found for a missing id', () => {
    expect(() => setup().drive.Files.get('nope', {})).toThrow(
      'API call to drive.files.get failed with error: File not found: nope.',
    );
  });

  it('returns a trashed file marked trashed, as Drive does', () => {
    const {drive} = setup();
    const id = drive.seedFolder('报告');
    drive.trash(id);
    expect(drive.Files.get(id, {}).trashed).toBe(true);
  });

  it('throws File not found once a file is deleted for good', () => {
    const {drive} = setup();
    const id = drive.seedFolder('报告');
    drive.remove(id);
    expect(() => drive.Files.get(id, {})).toThrow(/File not found/);
  });
});

describe('FakeDrive failure switch', () => {
  it('makes only the next create throw', () => {
    const {drive} = setup();
    drive.failNext('create', new Error('Drive is down'));
    expect(() =>
      drive.Files.create({name: 'a', mimeType: FOLDER_MIME}),
    ).toThrow('Drive is down');
    expect(drive.Files.create({name: 'a', mimeType: FOLDER_MIME}).name).toBe(
      'a',
    );
    expect(drive.files).toHaveLength(1);
  });

  it('can let some creates succeed before failing mid-way', () => {
    const {calls, drive} = setup();
    drive.failNext('create', new Error('quota'), 1);
    const folder = drive.Files.create({name: 'f', mimeType: FOLDER_MIME});
    expect(() =>
      drive.Files.create(
        {name: 'd', mimeType: DOC_MIME, parents: [folder.id ?? '']},
        docx(calls),
        {},
      ),
    ).toThrow('quota');
    expect(calls.count('Drive.Files.create')).toBe(2);
  });

  it('makes the next get throw', () => {
    const {drive} = setup();
    const id = drive.seedFolder('报告');
    drive.failNext('get', new Error('timeout'));
    expect(() => drive.Files.get(id, {})).toThrow('timeout');
    expect(drive.Files.get(id, {}).id).toBe(id);
  });
});
