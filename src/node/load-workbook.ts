// Where the command line's workbook comes from: an .xlsx path, or the embedded sample.

import {sampleWorkbookGrids} from '../core/sample/sample-workbook';
import type {WorkbookGrids} from '../core/workbook/grid';
import {CliError, type CliErrorCode} from './cli-error';
import {ioCause} from './io-cause';
import {readXlsxWorkbook, WorkbookUnreadableError} from './xlsx-read';

type PathCode = Extract<
  CliErrorCode,
  | 'workbook-missing'
  | 'workbook-not-xlsx'
  | 'workbook-too-large'
  | 'workbook-encrypted'
>;

/** The error code of each reason the reader gives (a string key, so new reasons compile). */
const BY_REASON: {readonly [reason: string]: PathCode | undefined} = {
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
      const reason: string = e.reason;
      const code = BY_REASON[reason] ?? 'workbook-not-xlsx';
      throw new CliError<PathCode>(code, {path}, e.cause ?? e);
    }
    const cause = ioCause(e);
    if (cause !== undefined)
      throw new CliError('workbook-unreadable', {path, cause}, e);
    throw e;
  }
}
