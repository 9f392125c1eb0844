// Where the command line's workbook comes from: an .xlsx path, or the embedded sample.

import {sampleWorkbookGrids, type WorkbookGrids} from '../core';
import {CliError, type CliErrorCode} from './cli-error';
import {ioCause} from './io-cause';
import {
  readXlsxWorkbook,
  WorkbookUnreadableError,
  type WorkbookUnreadableReason,
} from './xlsx-read';

type PathCode = Extract<
  CliErrorCode,
  | 'workbook-missing'
  | 'workbook-not-xlsx'
  | 'workbook-too-large'
  | 'workbook-encrypted'
>;

/** The error code of each reason the reader gives; a new reason does not compile without one. */
const BY_REASON: Readonly<Record<WorkbookUnreadableReason, PathCode>> = {
  missing: 'workbook-missing',
  'not-xlsx': 'workbook-not-xlsx',
  'too-large': 'workbook-too-large',
  encrypted: 'workbook-encrypted',
};

export async function loadWorkbook(
  path: string | undefined,
): Promise<WorkbookGrids> {
  if (path === undefined) return sampleWorkbookGrids();
  try {
    return await readXlsxWorkbook(path);
  } catch (e) {
    if (e instanceof WorkbookUnreadableError) {
      throw new CliError<PathCode>(BY_REASON[e.reason], {path}, e.cause ?? e);
    }
    const cause = ioCause(e);
    if (cause !== undefined)
      throw new CliError('workbook-unreadable', {path, cause}, e);
    throw e;
  }
}
