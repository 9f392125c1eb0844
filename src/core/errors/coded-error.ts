// An error an edge knows how to word: a typed code plus the parameters its message needs, and
// the table type that words each code (a code without a message does not compile).

export class CodedError<
  Params,
  Code extends keyof Params & string = keyof Params & string,
> extends Error {
  constructor(
    readonly code: Code,
    readonly params: Params[Code],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

/** The Chinese sentence of each code, from its parameters. */
export type MessageTable<Params> = {
  readonly [Code in keyof Params]: (p: Params[Code]) => string;
};

/** Words `error` with `table`. */
export function wordError<Params>(
  table: MessageTable<Params>,
  error: CodedError<Params>,
): string {
  const format = table[error.code] as (p: Params[keyof Params]) => string;
  return format(error.params);
}
