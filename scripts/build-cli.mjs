// Bundles the command line (src/node/main.ts) into dist/cli.js for bin/fazhi-report.js.
import {build} from 'esbuild';

await build({
  entryPoints: ['src/node/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
