// The core's .docx packer: UTF-8 encoded here (no TextEncoder in Apps Script), zipped by the
// zip its caller passes.

import {unzipSync} from 'fflate';
import {
  packDocx,
  renderDocxParts,
  utf8,
  type ZipFiles,
} from '../../../src/core/docx';
import {zipForTests} from '../../helpers/zip-port';
import {SAMPLE_REPORT} from './sample-report';

describe('packDocx', () => {
  it('encodes UTF-8 as Node does, surrogate pairs included, and a lone surrogate as U+FFFD', () => {
    const text = 'A·法治—“引号”𠀋\u00e9\n';
    expect(Buffer.from(utf8(text))).toEqual(Buffer.from(text, 'utf8'));
    expect(Buffer.from(utf8('a\ud800b'))).toEqual(
      Buffer.from('a\ufffdb', 'utf8'),
    );
  });

  it('hands the zip it is given every part once, as UTF-8 under its path, and returns its bytes', () => {
    const parts = renderDocxParts(SAMPLE_REPORT, '公文');
    const calls: Readonly<Record<string, Uint8Array>>[] = [];
    const made = new Uint8Array([0x50, 0x4b, 1, 2]);
    const zip: ZipFiles = files => {
      calls.push(files);
      return made;
    };
    expect(packDocx(parts, zip)).toBe(made);
    expect(calls).toHaveLength(1);
    expect(Object.keys(calls[0])).toEqual(parts.map(p => p.path));
    for (const part of parts)
      expect(Buffer.from(calls[0][part.path]).toString('utf8')).toBe(
        part.content,
      );
  });

  it('zips every part under its path, byte for byte, and gives the same bytes each time', () => {
    const parts = renderDocxParts(SAMPLE_REPORT, '公文');
    const packed = packDocx(parts, zipForTests);
    const entries = unzipSync(packed);
    expect(Object.keys(entries)).toEqual(parts.map(p => p.path));
    for (const part of parts)
      expect(Buffer.from(entries[part.path]).toString('utf8')).toBe(
        part.content,
      );
    expect(packDocx(parts, zipForTests)).toEqual(packed);
  });
});
