// The two output streams of the command line, passed in so tests can capture them.

export interface Console {
  /** Results: the standard output. */
  log(line: string): void;
  /** Findings, progress and errors: the standard error. */
  error(line: string): void;
}

export const processConsole: Console = {
  log: line => process.stdout.write(line + '\n'),
  error: line => process.stderr.write(line + '\n'),
};
