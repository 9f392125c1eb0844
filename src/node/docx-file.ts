// Packs rendered OOXML parts into .docx bytes (a zip), and writes output files to disk.

import {strToU8, zipSync, type Zippable} from 'fflate';
import type {DocxPart} from '../core';
import {writeOutput} from './output-file';

export function packDocx(parts: readonly DocxPart[]): Uint8Array {
  const files: Zippable = {};
  for (const part of parts) files[part.path] = strToU8(part.content);
  return zipSync(files, {level: 6, mtime: new Date(2000, 0, 1)});
}

/**
 * Writes `bytes` to `path` atomically, replacing a file there, creating its folder; a failure
 * becomes a worded CliError. Commands plan their output with planOutput instead.
 */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  writeOutput({path, writePath: path, replaces: true}, bytes);
}
