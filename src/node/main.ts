// Process entry of the command line: runs it and sets the exit code.

import {runCli} from './cli';

void runCli(process.argv.slice(2)).then(code => {
  process.exitCode = code;
});
