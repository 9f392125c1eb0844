// Errors the command line knows how to word: a typed code plus parameters, and its exit code.
// Anything else reaching the top is a bug: a generic message, the stack only with --debug.

import {CodedError} from '../core/errors/coded-error';

export interface CliErrorParams {
  'usage-unknown-command': {readonly command: string};
  'usage-bad-option': {readonly detail: string};
  'usage-missing-workbook': Record<string, never>;
  'usage-bad-profile': {readonly value: string};
  'workbook-missing': {readonly path: string};
  'workbook-not-xlsx': {readonly path: string};
  'output-unwritable': {readonly path: string; readonly reason: string};
}

export type CliErrorCode = keyof CliErrorParams;

export class CliError<C extends CliErrorCode = CliErrorCode> extends CodedError<
  CliErrorParams,
  C
> {
  name = 'CliError';
}

export const EXIT = {ok: 0, findings: 1, unusable: 2, bug: 3} as const;
