// Errors the command line knows how to word: a typed code plus parameters. Each one means the
// input is unusable (exit code 2); anything else reaching the top is a bug (exit code 3).

import {CodedError} from '../core';
import type {IoCause} from './io-cause';

export interface CliErrorParams {
  'usage-unknown-command': {
    readonly command: string;
    readonly suggestion?: string;
  };
  'usage-unknown-option': {
    readonly option: string;
    readonly suggestion?: string;
  };
  'usage-option-not-for-command': {
    readonly option: string;
    readonly command: string;
  };
  'usage-missing-value': {readonly option: string};
  'usage-unexpected-value': {readonly option: string; readonly value: string};
  'usage-extra-argument': {readonly argument: string; readonly command: string};
  'usage-missing-workbook': {readonly command: string};
  'usage-next-year-without-sample': Record<string, never>;
  'usage-bad-profile': {readonly value: string};
  'workbook-missing': {readonly path: string};
  'workbook-not-xlsx': {readonly path: string};
  'workbook-too-large': {readonly path: string};
  'workbook-encrypted': {readonly path: string};
  'workbook-unreadable': {readonly path: string; readonly cause: IoCause};
  'output-exists': {readonly path: string};
  'output-is-input': {readonly path: string};
  'output-wrong-extension': {
    readonly path: string;
    readonly extension: string;
    readonly expected: string;
  };
  'output-unwritable': {readonly path: string; readonly cause: IoCause};
}

export type CliErrorCode = keyof CliErrorParams;

export class CliError<C extends CliErrorCode = CliErrorCode> extends CodedError<
  CliErrorParams,
  C
> {
  name = 'CliError';

  /** `systemError` is the underlying error, shown (in English) only with --debug. */
  constructor(
    code: C,
    params: CliErrorParams[C],
    readonly systemError?: unknown,
  ) {
    super(code, params);
  }
}

export const EXIT = {ok: 0, findings: 1, unusable: 2, bug: 3} as const;
