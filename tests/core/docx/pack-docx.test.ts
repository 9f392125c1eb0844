// The core's .docx packer: fflate's zip with UTF-8 encoded here (no TextEncoder in Apps Script).

import {unzipSync} from 'fflate';
import {packDocx, renderDocxParts, utf8} from '../../../src/core/docx';
import {SAMPLE_REPORT} from './sample-report';

describe('packDocx', () => {
  it('encodes UTF-8 as Node does, surrogate pairs included, and a lone surrogate as U+FFFD', () => {
    const text = 'A·法治—“引号”𠀋\u00e9\n';
    expect(Buffer.from(utf8(text))).toEqual(Buffer.from(text, 'utf8'));
    expect(Buffer.from(utf8('a\ud800b'))).toEqual(
      Buffer.from('a\ufffdb', 'utf8'),
    );
  });

  it('zips every part under its path, byte for byte, and gives the same bytes each time', () => {
    const parts = renderDocxParts(SAMPLE_REPORT, '公文');
    const packed = packDocx(parts);
    const entries = unzipSync(packed);
    expect(Object.keys(entries)).toEqual(parts.map(p => p.path));
    for (const part of parts)
      expect(Buffer.from(entries[part.path]).toString('utf8')).toBe(
        part.content,
      );
    expect(packDocx(parts)).toEqual(packed);
  });
});
