// `npm run examples`: bundles scripts/examples/build-examples.ts and runs it from the repository
// root: examples/<slug>/workbook.xlsx from workbook.json, and out/examples/<slug>.docx.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import process from 'node:process';

await build({
  entryPoints: ['scripts/examples/build-examples.ts'],
  outfile: 'dist/build-examples.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, ['dist/build-examples.js'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
