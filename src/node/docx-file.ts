// Packs rendered OOXML parts into .docx bytes (a zip), and writes output files to disk.

import {mkdirSync, writeFileSync} from 'fs';
import {dirname} from 'path';
import {strToU8, zipSync, type Zippable} from 'fflate';
import type {DocxPart} from '../core/docx';
import {CliError} from './cli-error';

export function packDocx(parts: readonly DocxPart[]): Uint8Array {
  const files: Zippable = {};
  for (const part of parts) files[part.path] = strToU8(part.content);
  return zipSync(files, {level: 6, mtime: new Date(2000, 0, 1)});
}

/** Writes `bytes` to `path`, creating its folder; a failure becomes a worded CliError. */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, bytes);
  } catch (e) {
    throw new CliError('output-unwritable', {
      path,
      reason: (e as Error).message,
    });
  }
}
