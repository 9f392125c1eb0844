// The .docx of a rendered report as one Blob: the core packs the parts with fflate (pure JS,
// loaded on first use), and Apps Script gets the bytes in a single Utilities.newBlob call
// instead of one blob per part plus Utilities.zip.

import {type DocxPart, packDocx} from '../../core';
import type {BlobPort, UtilitiesPort} from '../services/ports';
import {zipFiles} from './zip-on-demand';

export const DOCX_MIME =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One Blob named `fileName`, typed as a .docx so Drive converts or stores it as one. */
export function docxBlob(
  utilities: UtilitiesPort,
  parts: readonly DocxPart[],
  fileName: string,
): BlobPort {
  return utilities.newBlob(
    javaBytes(packDocx(parts, zipFiles)),
    DOCX_MIME,
    fileName,
  );
}

/**
 * Apps Script's Blob takes a Java byte[]: signed numbers -128..127 in a plain array (what
 * Blob.getBytes returns); bytes above 127 are given as their signed value.
 */
export function javaBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++)
    out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}
