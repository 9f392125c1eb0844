// A Console for the command line that keeps what was printed.

import type {Console} from '../../src/node/console';

export interface CapturedConsole extends Console {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function captureConsole(): CapturedConsole {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    log: line => stdout.push(line),
    error: line => stderr.push(line),
  };
}
