// The command line `fazhi-report`: parses arguments, runs one command, and turns every error
// into a Chinese message and an exit code (a stack trace only with --debug).

import {parseArgs} from 'util';
import {CliError, EXIT} from './cli-error';
import {cliErrorMessage, HELP, UNEXPECTED_ERROR} from './cli-text';
import {runBuild} from './commands/build-command';
import {runTemplate} from './commands/template-command';
import {runValidate} from './commands/validate-command';
import {processConsole, type Console} from './console';

const OPTIONS = {
  output: {type: 'string', short: 'o'},
  profile: {type: 'string'},
  sample: {type: 'boolean', default: false},
  json: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false},
  debug: {type: 'boolean', default: false},
} as const;

type Command = Exclude<keyof typeof HELP, 'main'>;
const COMMANDS: readonly Command[] = ['build', 'template', 'validate'];

/** Runs the command line on `argv` (without node and script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  out: Console = processConsole,
): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, out);
  } catch (e) {
    if (e instanceof CliError) {
      out.error(cliErrorMessage(e));
      return e.code.startsWith('usage-') || e.code.startsWith('workbook-')
        ? EXIT.unusable
        : EXIT.findings;
    }
    out.error(UNEXPECTED_ERROR);
    if (debug)
      out.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT.bug;
  }
}

async function dispatch(
  argv: readonly string[],
  out: Console,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
    });
  } catch (e) {
    throw new CliError('usage-bad-option', {detail: (e as Error).message});
  }
  const {values, positionals} = parsed;
  const [name, ...rest] = positionals;
  if (name === undefined) {
    out.log(HELP.main);
    return values.help ? EXIT.ok : EXIT.unusable;
  }
  const command = COMMANDS.find(c => c === name);
  if (!command) throw new CliError('usage-unknown-command', {command: name});
  if (values.help) {
    out.log(HELP[command]);
    return EXIT.ok;
  }
  if (rest.length > 1) {
    throw new CliError('usage-bad-option', {
      detail: `多余的参数“${rest.slice(1).join(' ')}”`,
    });
  }
  switch (command) {
    case 'build':
      return runBuild(
        {workbook: rest[0], output: values.output, profile: values.profile},
        out,
      );
    case 'template':
      return runTemplate({output: values.output, sample: values.sample}, out);
    case 'validate':
      return runValidate({workbook: rest[0], json: values.json}, out);
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled command ${String(unreachable)}`);
    }
  }
}
