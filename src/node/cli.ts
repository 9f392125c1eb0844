// The command line `fazhi-report`: reads the arguments, runs one command, and turns every error
// into a Chinese message and an exit code (English system text and stacks only with --debug).

import {version} from '../../package.json';
import {parseCliArgs, type CliRequest} from './cli-args';
import {CliError, EXIT} from './cli-error';
import {cliErrorMessage, HELP, UNEXPECTED_ERROR, versionLine} from './cli-text';
import {runBuild} from './commands/build-command';
import {runCarryOver} from './commands/carry-over-command';
import {runStatus} from './commands/status-command';
import {runTemplate} from './commands/template-command';
import {runValidate} from './commands/validate-command';
import {processConsole, type Console} from './console';

/** Runs the command line on `argv` (without node and script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  out: Console = processConsole,
): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(parseCliArgs(argv), out);
  } catch (e) {
    if (e instanceof CliError) {
      out.error(cliErrorMessage(e));
      if (debug && e.systemError !== undefined)
        out.error(technical(e.systemError));
      return EXIT.unusable;
    }
    out.error(UNEXPECTED_ERROR);
    if (debug) out.error(technical(e));
    return EXIT.bug;
  }
}

function technical(error: unknown): string {
  return error instanceof Error
    ? (error.stack ?? error.message)
    : String(error);
}

async function dispatch(request: CliRequest, out: Console): Promise<number> {
  switch (request.kind) {
    case 'version':
      out.log(versionLine(version));
      return EXIT.ok;
    case 'help':
      out.log(HELP[request.topic ?? 'main']);
      return request.asked ? EXIT.ok : EXIT.unusable;
    case 'run':
      return run(request, out);
    default: {
      const unreachable: never = request;
      throw new Error(`unhandled request ${JSON.stringify(unreachable)}`);
    }
  }
}

function run(
  request: Extract<CliRequest, {kind: 'run'}>,
  out: Console,
): Promise<number> {
  const {values, argument} = request;
  switch (request.command) {
    case 'build':
      return runBuild(
        {
          workbook: argument,
          output: values.output,
          profile: values.profile,
          force: values.force,
        },
        out,
      );
    case 'template':
      return runTemplate(
        {
          output: values.output,
          sample: values.sample,
          nextYear: values.nextYear,
          force: values.force,
        },
        out,
      );
    case 'validate':
      return runValidate(
        {workbook: argument, json: values.json, profile: values.profile},
        out,
      );
    case 'carry-over':
      return runCarryOver(
        {workbook: argument, output: values.output, force: values.force},
        out,
      );
    case 'status':
      return runStatus({workbook: argument, json: values.json}, out);
    default: {
      const unreachable: never = request.command;
      throw new Error(`unhandled command ${String(unreachable)}`);
    }
  }
}
