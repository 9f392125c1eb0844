// Writes output files to disk; the .docx bytes come from the core's packDocx (shared with the
// Apps Script side), re-exported here for the command line's callers.

import {writeOutput} from './output-file';

export {packDocx} from '../core';

/**
 * Writes `bytes` to `path` atomically, replacing a file there, creating its folder; a failure
 * becomes a worded CliError. Commands plan their output with planOutput instead.
 */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  writeOutput({path, writePath: path, replaces: true}, bytes);
}
