// Where the command line's workbook comes from: an .xlsx path, or the embedded sample.

import {sampleWorkbookGrids} from '../core/sample/sample-workbook';
import type {WorkbookGrids} from '../core/workbook/grid';
import {CliError} from './cli-error';
import {readXlsxWorkbook, WorkbookUnreadableError} from './xlsx-read';

export async function loadWorkbook(
  path: string | undefined,
): Promise<WorkbookGrids> {
  if (path === undefined) return sampleWorkbookGrids();
  try {
    return await readXlsxWorkbook(path);
  } catch (e) {
    if (e instanceof WorkbookUnreadableError) {
      throw e.reason === 'missing'
        ? new CliError('workbook-missing', {path})
        : new CliError('workbook-not-xlsx', {path});
    }
    throw e;
  }
}
