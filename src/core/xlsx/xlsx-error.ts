// Why an .xlsx could not be read: a closed set of reasons the adapters turn into a user message.

/**
 * 'not-xlsx': not a workbook, or a damaged one; 'too-large': beyond the reader's limits
 * (xlsx-limits.ts); 'encrypted': a password-protected workbook (or a zip with encrypted parts).
 */
export type XlsxProblem = 'not-xlsx' | 'too-large' | 'encrypted';

/** Thrown by readXlsx; `message` is an English detail for developers (shown with --debug). */
export class XlsxReadError extends Error {
  constructor(
    readonly reason: XlsxProblem,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'XlsxReadError';
  }
}

/** Throws the reader's 'not-xlsx' error with a developer detail. */
export function malformed(detail: string): never {
  throw new XlsxReadError('not-xlsx', detail);
}
