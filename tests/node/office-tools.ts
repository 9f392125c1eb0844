// Workbooks written by other programs for the reader's fixture tests: LibreOffice (soffice) and
// openpyxl, both from Debian (.ci/run installs them: libreoffice-calc-nogui, python3-openpyxl).
// Locally the tests are skipped with a hint when a tool is missing; under CI they fail instead.

import {spawnSync} from 'child_process';
import {existsSync, mkdtempSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {pathToFileURL} from 'url';

/** Debian's interpreter, where python3-openpyxl installs (not a pyenv python3 on PATH). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export const INSTALL_HINT =
  'apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-openpyxl';

export function libreOfficeInstalled(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
}

export function openpyxlInstalled(): boolean {
  return (
    existsSync(SYSTEM_PYTHON) &&
    spawnSync(SYSTEM_PYTHON, ['-c', 'import openpyxl']).status === 0
  );
}

/**
 * Converts each file to .xlsx with LibreOffice (`target` e.g. "xlsx" or "xls") into a new folder,
 * in one soffice run with a private profile (another soffice may be running); returns the folder.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  target: string,
): string {
  const outdir = mkdtempSync(join(tmpdir(), 'lo-out-'));
  const profile = pathToFileURL(
    mkdtempSync(join(tmpdir(), 'lo-profile-')),
  ).href;
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      target,
      '--outdir',
      outdir,
      ...files,
    ],
    {encoding: 'utf8', timeout: 120_000},
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return outdir;
}

/** Runs a Python script with Debian's python3 and openpyxl; `args` follow the script. */
export function runOpenpyxl(script: string, args: readonly string[]): void {
  const run = spawnSync(SYSTEM_PYTHON, ['-c', script, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0)
    throw new Error(`openpyxl script failed: ${run.stderr}`);
}
