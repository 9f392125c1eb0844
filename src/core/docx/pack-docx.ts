// Packs rendered OOXML parts into .docx bytes with the zip its caller passes: the command line
// writes the bytes, the page downloads them, the Apps Script side makes one Blob of them.
// Text is encoded to UTF-8 here, not by TextEncoder, which Apps Script does not have.

import type {DocxPart} from './render-docx-parts';
import type {ZipFiles} from './zip-port';

/** The .docx bytes of `parts`, each part UTF-8 under its path, zipped by `zip`. */
export function packDocx(
  parts: readonly DocxPart[],
  zip: ZipFiles,
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const part of parts) files[part.path] = utf8(part.content);
  return zip(files);
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
