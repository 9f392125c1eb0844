// What a run left in the fakes, for the tests of 生成报告 and the actions after it: the rows of
// 生成记录 under its header, the output folders in Drive, and the AppError a run threw.

import {AppError} from '../../src/apps-script/services/app-error';
import type {FakeEnvironment} from '../fakes/fake-environment';
import {FOLDER_MIME} from '../fakes/fake-drive';

/** The rows of 生成记录 below its header (none without the tab); read without a service call. */
export const logRows = (env: FakeEnvironment): unknown[][] =>
  env.spreadsheet
    .snapshot()
    .find(s => s.name === '生成记录')
    ?.values.slice(1) ?? [];

/** Every folder in the fake Drive, in the order made. */
export const outputFolders = (env: FakeEnvironment) =>
  env.drive.files.filter(f => f.mimeType === FOLDER_MIME);

/** The AppError `run` throws; fails the test when it returns or throws anything else. */
export function thrownAppError(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}
