// Where a command's output goes and how it gets there: never over an input, never over an
// existing file without --force, and always through the atomic writer.

import * as fs from 'node:fs';
import {basename, dirname, join, resolve, sep} from 'node:path';
import {EXTENSION, nameWithExtension, type FileKind} from '../core';
import {writeFileAtomic} from './atomic-write';
import {CliError} from './cli-error';
import {errnoCode, ioCause} from './io-cause';

export interface OutputRequest {
  /** The -o value as typed, if any: a file name, or a folder to put the default name in. */
  readonly requested?: string;
  /** The file name to use without -o (see defaultFileName in the core). */
  readonly defaultName: string;
  readonly kind: FileKind;
  /** Files the command reads; the output may never be one of them. */
  readonly inputs: readonly string[];
  /** Replace an existing output file. */
  readonly force: boolean;
}

export interface OutputTarget {
  /** The path as shown to the user. */
  readonly path: string;
  /** The file really written: a symbolic link's target, so the link stays a link. */
  readonly writePath: string;
  /** Whether an existing file is replaced (only with --force). */
  readonly replaces: boolean;
  /** Permission bits of the replaced file, kept for the new one. */
  readonly mode?: number;
}

/** Decides the output file, or throws the CliError that says why none may be written. */
export function planOutput(request: OutputRequest): OutputTarget {
  const path = outputPath(request);
  for (const input of request.inputs) {
    if (sameFile(input, path)) throw new CliError('output-is-input', {path});
  }
  const link = statOf(path, fs.lstatSync);
  if (link === undefined) return {path, writePath: path, replaces: false};
  const target = statOf(path, fs.statSync);
  if (target?.isDirectory())
    throw new CliError('output-unwritable', {path, cause: 'is-folder'});
  if (!request.force) throw new CliError('output-exists', {path});
  return {
    path,
    writePath: target ? fs.realpathSync(path) : path,
    replaces: true,
    mode: (target ?? link).mode & 0o777,
  };
}

function outputPath(request: OutputRequest): string {
  const {requested, defaultName, kind} = request;
  if (requested === undefined) return defaultName;
  if (requested.endsWith(sep) || requested.endsWith('/')) {
    return join(requested, defaultName);
  }
  if (statOf(requested, fs.statSync)?.isDirectory()) {
    return join(requested, defaultName);
  }
  const base = basename(requested);
  const named = nameWithExtension(base, kind);
  if (!named.ok) {
    throw new CliError('output-wrong-extension', {
      path: requested,
      extension: named.extension,
      expected: EXTENSION[kind],
    });
  }
  return named.name === base ? requested : requested + EXTENSION[kind];
}

/** Whether two paths name one file: the same path, or (through links, case) the same inode. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [first, second] = [statOf(a, fs.statSync), statOf(b, fs.statSync)];
  return (
    first !== undefined &&
    second !== undefined &&
    first.ino !== 0 &&
    first.dev === second.dev &&
    first.ino === second.ino
  );
}

/** The file's status, undefined when nothing is there; other failures become CliErrors. */
function statOf(
  path: string,
  stat: (path: string) => fs.Stats,
): fs.Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw unwritable(path, error);
  }
}

/** Writes `bytes` to the planned target atomically; a failure leaves the old file as it was. */
export function writeOutput(target: OutputTarget, bytes: Uint8Array): void {
  const folder = dirname(target.writePath);
  try {
    fs.mkdirSync(folder, {recursive: true});
  } catch (error) {
    throw errnoCode(error) === 'EEXIST'
      ? new CliError(
          'output-unwritable',
          {path: target.path, cause: 'not-folder'},
          error,
        )
      : unwritable(target.path, error);
  }
  try {
    writeFileAtomic(target.writePath, bytes, {
      overwrite: target.replaces,
      mode: target.mode,
    });
  } catch (error) {
    if (errnoCode(error) === 'EEXIST' && !target.replaces)
      throw new CliError('output-exists', {path: target.path}, error);
    throw unwritable(target.path, error);
  }
}

function unwritable(path: string, error: unknown): Error {
  const cause = ioCause(error);
  if (cause === undefined) return error as Error;
  return new CliError('output-unwritable', {path, cause}, error);
}
