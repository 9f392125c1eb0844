// Errors the Apps Script side knows how to word for a clerk: a typed code plus parameters.
// Anything else reaching an entry point becomes a generic message and an English log line.

import {CodedError} from '../../core';

export interface AppErrorParams {
  'drive-service-missing': Record<string, never>;
  'drive-failed': {readonly detail: string};
  'drive-busy': {readonly detail: string; readonly attempts: number};
  'log-unwritable': {readonly detail: string};
  'log-failed': {
    readonly version: string;
    readonly docUrl: string;
    readonly docxUrl: string;
    readonly detail: string;
  };
  /** The 报送 .docx was saved but its row of 生成记录 could not be written. */
  'submission-log-failed': {readonly docxUrl: string; readonly detail: string};
  busy: Record<string, never>;
  /** The version's files belong to another clerk's Drive (drive.file): only they can act on it. */
  'other-clerks-version': {readonly version: string; readonly owner: string};
  /** Another clerk installed the daily trigger: only they can change or remove it. */
  'auto-draft-owned': {readonly owner: string};
  'no-report-yet': Record<string, never>;
  'cell-not-found': {readonly tab: string; readonly cell: string};
}

export type AppErrorCode = keyof AppErrorParams;

export class AppError<C extends AppErrorCode = AppErrorCode> extends CodedError<
  AppErrorParams,
  C
> {
  name = 'AppError';
}

/** An error's message for a log line or a row's detail; String(error) when it is no Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The detail a 失败 row records: an AppError's own `detail` when it has one, else String(error). */
export function failureDetail(error: unknown): string {
  return error instanceof AppError && 'detail' in error.params
    ? String(error.params.detail)
    : String(error);
}
