// Reads the command line's arguments into one command and its options, refusing in Chinese
// (through CliError codes) what parseArgs would refuse in English, and options a command lacks.

import {parseArgs} from 'node:util';
import {closestName} from '../core';
import {CliError} from './cli-error';

const OPTIONS = {
  output: {type: 'string', short: 'o'},
  profile: {type: 'string'},
  force: {type: 'boolean'},
  sample: {type: 'boolean'},
  json: {type: 'boolean'},
  'next-year': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean'},
  debug: {type: 'boolean'},
} as const;

type OptionName = keyof typeof OPTIONS;
export type RunnableCommand =
  'build' | 'template' | 'validate' | 'carry-over' | 'status';
type Command = RunnableCommand | 'help';

/** The options each command takes, besides --help, --version and --debug. */
const COMMAND_OPTIONS: {readonly [c in Command]: readonly OptionName[]} = {
  build: ['output', 'profile', 'force'],
  template: ['output', 'sample', 'next-year', 'force'],
  validate: ['json', 'profile'],
  'carry-over': ['output', 'force'],
  status: ['json'],
  help: [],
};
const EVERYWHERE: readonly OptionName[] = ['help', 'version', 'debug'];
const MAX_ARGUMENTS: {readonly [c in Command]: number} = {
  build: 1,
  template: 0,
  validate: 1,
  'carry-over': 1,
  status: 1,
  help: 1,
};
const COMMANDS = Object.keys(COMMAND_OPTIONS) as Command[];

export interface CliValues {
  readonly output?: string;
  readonly profile?: string;
  readonly force: boolean;
  readonly sample: boolean;
  readonly json: boolean;
  /** template --sample --next-year: the sample carried over to its following year. */
  readonly nextYear: boolean;
}

export type CliRequest =
  | {readonly kind: 'version'}
  | {
      readonly kind: 'help';
      readonly topic?: RunnableCommand;
      readonly asked: boolean;
    }
  | {
      readonly kind: 'run';
      readonly command: RunnableCommand;
      readonly argument?: string;
      readonly values: CliValues;
    };

/** What `argv` (without node and script) asks for; throws a usage CliError when it is wrong. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const {tokens} = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const given = new Map<OptionName, string | true>();
  const typed = new Map<OptionName, string>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = knownOption(token.name, token.rawName);
    given.set(name, optionValue(name, token.rawName, token));
    typed.set(name, token.rawName);
  }
  if (given.has('version')) return {kind: 'version'};
  const [first, ...rest] = positionals;
  if (first === undefined) return {kind: 'help', asked: given.has('help')};
  const command = knownCommand(first);
  if (command === 'help' || given.has('help')) {
    const topic = command === 'help' ? rest[0] : command;
    checkArguments(command, rest);
    return {
      kind: 'help',
      topic: topic === undefined ? undefined : runnable(topic),
      asked: true,
    };
  }
  for (const name of given.keys()) {
    if (!EVERYWHERE.includes(name) && !COMMAND_OPTIONS[command].includes(name))
      throw new CliError('usage-option-not-for-command', {
        option: typed.get(name) ?? `--${name}`,
        command,
      });
  }
  checkArguments(command, rest);
  const text = (name: OptionName) => {
    const value = given.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    kind: 'run',
    command,
    argument: rest[0],
    values: {
      output: text('output'),
      profile: text('profile'),
      force: given.has('force'),
      sample: given.has('sample'),
      json: given.has('json'),
      nextYear: given.has('next-year'),
    },
  };
}

function knownOption(name: string, rawName: string): OptionName {
  const option = Object.keys(OPTIONS).find(o => o === name);
  if (option) return option as OptionName;
  const longNames = Object.keys(OPTIONS).map(o => `--${o}`);
  const suggestion = rawName.startsWith('--')
    ? closestName(rawName, longNames)
    : undefined;
  throw new CliError('usage-unknown-option', {option: rawName, suggestion});
}

function optionValue(
  name: OptionName,
  rawName: string,
  token: {readonly value?: string; readonly inlineValue?: boolean},
): string | true {
  const {value, inlineValue} = token;
  if (OPTIONS[name].type === 'boolean') {
    if (value !== undefined)
      throw new CliError('usage-unexpected-value', {option: rawName, value});
    return true;
  }
  // "-o --force" would otherwise write a file named "--force".
  if (
    value === undefined ||
    value === '' ||
    (!inlineValue && value.startsWith('-'))
  )
    throw new CliError('usage-missing-value', {option: rawName});
  return value;
}

function knownCommand(name: string): Command {
  const command = COMMANDS.find(c => c === name);
  if (command) return command;
  throw new CliError('usage-unknown-command', {
    command: name,
    suggestion: closestName(name, COMMANDS),
  });
}

/** The command whose help to show; `help help` shows the main help. */
function runnable(name: string): RunnableCommand | undefined {
  const command = knownCommand(name);
  return command === 'help' ? undefined : command;
}

function checkArguments(command: Command, rest: readonly string[]): void {
  const extra = rest.slice(MAX_ARGUMENTS[command]);
  if (extra.length > 0)
    throw new CliError('usage-extra-argument', {
      argument: extra.join(' '),
      command,
    });
}
