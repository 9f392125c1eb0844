// Reads a workbook the clerk opened or dropped with the core's .xlsx reader, and words the
// reader's problems with the core's table, exactly as the command line does.

import {
  MAX_INFLATED_BYTES,
  readXlsx,
  type WorkbookGrids,
  xlsxProblemMessage,
  XlsxReadError,
} from '../core';

export type Upload =
  | {readonly ok: true; readonly grids: WorkbookGrids}
  | {readonly ok: false; readonly message: string};

/**
 * The workbook in `file`. A file larger than the reader would ever inflate is refused unread
 * ('too-large', as the command line refuses it); other problems come from readXlsx.
 */
export async function readUpload(file: File): Promise<Upload> {
  if (file.size > MAX_INFLATED_BYTES) {
    return {ok: false, message: xlsxProblemMessage('too-large', file.name)};
  }
  return readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** The workbook in `bytes`; `name` names the file in a problem's message. */
export function readWorkbookBytes(bytes: Uint8Array, name: string): Upload {
  try {
    return {ok: true, grids: readXlsx(bytes)};
  } catch (error) {
    if (error instanceof XlsxReadError) {
      return {ok: false, message: xlsxProblemMessage(error.reason, name)};
    }
    throw error;
  }
}
