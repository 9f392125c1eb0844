// Builds the Apps Script bundle into a temporary folder (never dist/, which other tests and
// developers use) and returns the text of Code.js.

import {spawnSync} from 'child_process';
import {mkdtempSync, readFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';

export function buildAppsScriptBundle(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'fazhi-bundle-'));
  const run = spawnSync(
    process.execPath,
    ['scripts/build-apps-script.mjs', '--outdir', outdir],
    {encoding: 'utf8'},
  );
  if (run.status !== 0) throw new Error(`bundle build failed: ${run.stderr}`);
  return readFileSync(join(outdir, 'Code.js'), 'utf8');
}
