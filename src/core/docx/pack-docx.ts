// Packs rendered OOXML parts into .docx bytes (a zip) with fflate's pure-JS zipSync, for both
// adapters: the command line writes the bytes, the Apps Script side makes one Blob of them.
// Text is encoded to UTF-8 here, not by TextEncoder, which Apps Script does not have.

import type {Zippable} from 'fflate';
import {fflate} from './fflate-on-demand';
import type {DocxPart} from './render-docx-parts';

/** A fixed time for every entry, so the same parts always give the same bytes. */
const ENTRY_TIME = new Date(2000, 0, 1);

export function packDocx(parts: readonly DocxPart[]): Uint8Array {
  const files: Zippable = {};
  for (const part of parts) files[part.path] = utf8(part.content);
  return fflate().zipSync(files, {level: 6, mtime: ENTRY_TIME});
}

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    }
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 0x3f);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    }
  }
  return out.slice(0, n);
}
