// The contract every adapter's zip keeps for the core's packDocx: the command line, the offline
// page and Apps Script each pass their own, and all three hand out the same .docx bytes.

import {strToU8, unzipSync} from 'fflate';
import type {ZipFiles} from '../../src/core';
import {
  unzipText,
  zipFiles as appsScriptZip,
} from '../../src/apps-script/drive/zip-on-demand';
import {zipFiles as nodeZip} from '../../src/node/zip-files';
import {zipFiles as webZip} from '../../src/web/zip-files';

const ADAPTERS: readonly [string, ZipFiles][] = [
  ['node', nodeZip],
  ['web', webZip],
  ['apps-script', appsScriptZip],
];

const FILES = {
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8('<w:t>法治政府建设𠀋</w:t>'.repeat(400)),
  'docProps/app.xml': new Uint8Array([0, 255, 128, 7]),
};

afterEach(() => jest.useRealTimers());

describe.each(ADAPTERS)('the %s zip', (_name, zip) => {
  it('gives an archive fflate unzips to the same paths, in order, and the same bytes', () => {
    const entries = unzipSync(zip(FILES));
    expect(Object.keys(entries)).toEqual(Object.keys(FILES));
    for (const [path, bytes] of Object.entries(FILES))
      expect([path, Array.from(entries[path])]).toEqual([
        path,
        Array.from(bytes),
      ]);
  });

  it('stamps entries with a fixed time, not the clock: the same bytes years apart', () => {
    jest.useFakeTimers({now: new Date('2025-03-01T08:00:00Z')});
    const before = zip(FILES);
    jest.setSystemTime(new Date('2031-11-20T17:45:00Z'));
    expect(zip(FILES)).toEqual(before);
  });

  it('compresses: a repetitive part takes a fraction of its size', () => {
    const size = FILES['word/document.xml'].length;
    expect(zip(FILES).length).toBeLessThan(size / 10);
  });
});

describe('every adapter zip', () => {
  it('gives the same bytes for the same files, so each tool hands out the same .docx', () => {
    const [first, ...others] = ADAPTERS.map(([, zip]) => zip(FILES));
    for (const other of others) expect(other).toEqual(first);
  });
});

describe('the apps-script unzipText', () => {
  it('reads back the text of every part as UTF-8, characters outside the BMP included', () => {
    const text = unzipText(appsScriptZip(FILES));
    expect(Object.keys(text)).toEqual(Object.keys(FILES));
    expect(text['word/document.xml']).toBe(
      '<w:t>法治政府建设𠀋</w:t>'.repeat(400),
    );
  });

  it('throws on bytes that are not a zip', () => {
    expect(() => unzipText(strToU8('not a zip at all'))).toThrow();
  });
});
