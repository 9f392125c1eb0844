// `npm run bench`: the build on the sample and on workbooks 10× and 100× its rows, each in a
// fresh process, plus the whole command line's wall time on each workbook. Prints numbers only.
import {build} from 'esbuild';
import {spawnSync} from 'child_process';
import {mkdtempSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';

for (const name of ['bench-worker', 'bench-apps-script-worker']) {
  await build({
    entryPoints: [`scripts/${name}.ts`],
    outfile: `dist/${name}.js`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['exceljs'],
    logLevel: 'warning',
  });
}

const out = mkdtempSync(join(tmpdir(), 'fazhi-bench-out-'));
const rows = [];
for (const times of [1, 10, 100]) {
  const worker = spawnSync(
    process.execPath,
    ['dist/bench-worker.js', String(times)],
    {
      encoding: 'utf8',
    },
  );
  if (worker.status !== 0) {
    process.stderr.write(worker.stderr);
    process.exit(1);
  }
  const result = JSON.parse(worker.stdout);
  const started = process.hrtime.bigint();
  const cli = spawnSync(
    process.execPath,
    [
      'bin/fazhi-report.js',
      'build',
      result.xlsx,
      '-o',
      join(out, `x${times}.docx`),
    ],
    {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024},
  );
  const cliMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (cli.status !== 0) {
    process.stderr.write(cli.stderr + cli.stdout);
    process.exit(1);
  }
  rows.push({...result, cliProcessMs: Math.round(cliMs), xlsx: undefined});
}

const table = rows.map(r => ({
  '×': r.times,
  rows: r.rows,
  paragraphs: r.paragraphs,
  'read ms': r.readMs.toFixed(1),
  'build ms': r.buildMs.toFixed(1),
  'render+zip ms': r.renderZipWriteMs.toFixed(1),
  'total ms': r.totalMs.toFixed(1),
  'µs/row': ((r.totalMs * 1000) / r.rows).toFixed(0),
  'peak RSS MB': r.peakRssMB,
  'docx KB': r.docxKB,
  'CLI process ms': r.cliProcessMs,
}));
console.table(table);

console.log('\n生成报告 in Apps Script (fakes count every service call):');
const apps = spawnSync(process.execPath, ['dist/bench-apps-script-worker.js'], {
  encoding: 'utf8',
});
process.stdout.write(apps.stdout + apps.stderr);
if (apps.status !== 0) process.exit(1);
