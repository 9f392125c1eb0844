// Packs rendered OOXML parts into .docx bytes (a zip) and writes them to disk.

import {mkdirSync, writeFileSync} from 'fs';
import {dirname} from 'path';
import {strToU8, zipSync, type Zippable} from 'fflate';
import type {DocxPart} from '../core/docx';

export function packDocx(parts: readonly DocxPart[]): Uint8Array {
  const files: Zippable = {};
  for (const part of parts) files[part.path] = strToU8(part.content);
  return zipSync(files, {level: 6, mtime: new Date(2000, 0, 1)});
}

export function writeFileCreatingFolder(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, bytes);
}
