// Runs the real command line as a child process, built from src/ into a temporary folder, so
// tests can put it in a read-only folder, on a full disk or under a file-size limit.

import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import {chmodSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Bundles src/node/main.ts with scripts/build-cli.mjs into a temporary folder; returns its path. */
export function buildCliBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-bundle-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user of the permission test
  const outfile = join(dir, 'cli.js');
  const built = spawnSync(
    process.execPath,
    ['scripts/build-cli.mjs', '--outfile', outfile],
    {encoding: 'utf8'},
  );
  if (built.status !== 0) throw new Error(built.stderr);
  return outfile;
}

/** The environment for a bundle outside the repository: exceljs comes from its node_modules. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {...process.env, NODE_PATH: resolve('node_modules'), ...extra};
}

/** Runs `bash -c script` (optionally in a private mount namespace) and returns what it printed. */
export function runScript(
  script: string,
  env: NodeJS.ProcessEnv,
  options: {readonly privateMounts?: boolean; readonly cwd?: string} = {},
): CliRun {
  const [command, args] = options.privateMounts
    ? ['unshare', ['-m', 'bash', '-c', script]]
    : ['bash', ['-c', script]];
  const run: SpawnSyncReturns<string> = spawnSync(command, args, {
    env,
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: run.status,
    signal: run.signal,
    stdout: run.stdout ?? '',
    stderr: (run.stderr ?? '') + (run.error ? String(run.error) : ''),
  };
}

/** Why a mechanism cannot be used here (undefined when it works), from a trial run. */
export function unavailable(
  script: string,
  privateMounts: boolean,
): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-probe-'));
  const trial = runScript(script, {...process.env, P: dir}, {privateMounts});
  return trial.status === 0
    ? undefined
    : `status ${trial.status}: ${trial.stderr.trim() || 'no message'}`;
}
