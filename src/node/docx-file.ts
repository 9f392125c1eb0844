// Writes output files to disk; the .docx bytes come from the core's packDocx (zipped by zip-files).

import {writeOutput} from './output-file';

/**
 * Writes `bytes` to `path` atomically, replacing a file there, creating its folder; a failure
 * becomes a worded CliError. Commands plan their output with planOutput instead.
 */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  writeOutput({path, writePath: path, replaces: true}, bytes);
}
