// Reads an .xlsx file from disk with the core's reader (src/core/xlsx), and says why a file
// cannot be read: missing, not a workbook, too large, or password-protected.

import {readFile, stat} from 'node:fs/promises';
import {
  MAX_INFLATED_BYTES,
  readXlsx,
  type WorkbookGrids,
  type XlsxProblem,
  XlsxReadError,
} from '../core';

export type WorkbookUnreadableReason = 'missing' | XlsxProblem;

/**
 * The largest file read at all: a workbook's parts may inflate to MAX_INFLATED_BYTES, and a
 * file bigger than that is pictures or worse.
 */
export const MAX_XLSX_FILE_BYTES = MAX_INFLATED_BYTES;

/**
 * The file is not there, is not an .xlsx workbook, is beyond the reader's limits ('too-large')
 * or has a password ('encrypted'); the command line maps each to exit code 2.
 */
export class WorkbookUnreadableError extends Error {
  constructor(
    readonly reason: WorkbookUnreadableReason,
    readonly path: string,
    options?: {cause?: unknown},
  ) {
    super(`workbook ${path} is unreadable: ${reason}`, options);
    this.name = 'WorkbookUnreadableError';
  }
}

/** Reads the .xlsx file at `path`. Throws WorkbookUnreadableError when it cannot. */
export async function readXlsxWorkbook(path: string): Promise<WorkbookGrids> {
  let data: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookUnreadableError('not-xlsx', path);
    if (info.size > MAX_XLSX_FILE_BYTES) {
      throw new WorkbookUnreadableError('too-large', path);
    }
    data = await readFile(path);
  } catch (error) {
    if (error instanceof WorkbookUnreadableError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WorkbookUnreadableError('missing', path, {cause: error});
    }
    if (code === 'EISDIR') {
      throw new WorkbookUnreadableError('not-xlsx', path, {cause: error});
    }
    throw error;
  }
  return readXlsxBuffer(data, path);
}

/** Reads .xlsx bytes; `path` only names the source in errors. */
export async function readXlsxBuffer(
  data: Uint8Array,
  path = '(buffer)',
): Promise<WorkbookGrids> {
  try {
    return readXlsx(data);
  } catch (error) {
    if (error instanceof XlsxReadError) {
      throw new WorkbookUnreadableError(error.reason, path, {cause: error});
    }
    throw error;
  }
}
