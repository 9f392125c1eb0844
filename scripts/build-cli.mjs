// Bundles the command line (src/node/main.ts) into dist/cli.js for bin/fazhi-report.js
// (`--outfile path` writes it elsewhere, for tests). exceljs stays outside the bundle and is
// imported only by `template` (src/node/xlsx-write.ts), so other commands never load it.
import {build} from 'esbuild';

const at = process.argv.indexOf('--outfile');
await build({
  entryPoints: ['src/node/main.ts'],
  outfile: at > 0 ? process.argv[at + 1] : 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
