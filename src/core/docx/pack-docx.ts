// Zips rendered OOXML parts into .docx bytes with fflate: one function for the command line and
// the offline page, so both write the same package. (Apps Script zips with Utilities.zip.)

import {strToU8, zipSync, type Zippable} from 'fflate';
import type {DocxPart} from './render-docx-parts';

/**
 * The zip's timestamp for every entry, so that equal parts give equal bytes. fflate writes DOS
 * time from the local fields of this date, which are the same in every time zone.
 */
const ENTRY_TIME = new Date(2000, 0, 1);

/** The .docx bytes of `parts`, deflated at level 6, each entry dated ENTRY_TIME. */
export function packDocx(parts: readonly DocxPart[]): Uint8Array {
  const files: Zippable = {};
  for (const part of parts) files[part.path] = strToU8(part.content);
  return zipSync(files, {level: 6, mtime: ENTRY_TIME});
}
