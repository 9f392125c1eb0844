// `npm run bench`: the build on the sample and on workbooks 10×, 100× and 1,000× its rows, each
// step in a fresh process and repeated (median, min, max), next to `node -e 0` and the command
// line's --help in the same run; then the Apps Script side's service calls and bundle load.
// `npm run bench -- --json` prints one JSON object instead of the tables. Numbers only: nothing
// here passes or fails on time.
import {build} from 'esbuild';
import {spawnSync} from 'child_process';
import {mkdtempSync, statSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';

const json = process.argv.includes('--json');
const RUNS = Number(valueOf('--runs') ?? 5);
const SIZES = (valueOf('--sizes') ?? '1,10,100,1000').split(',').map(Number);

function valueOf(flag) {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

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

/** Runs node with `args`; returns wall time in ms and stdout; exits on failure. */
function node(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) {
    process.stderr.write(
      `${args.join(' ')} failed:\n${run.stderr}${run.stdout}`,
    );
    process.exit(1);
  }
  return {ms, stdout: run.stdout};
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = n => Math.round(n * 10) / 10;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  };
}

// The command line and the Apps Script bundle as they are now.
node(['scripts/build-cli.mjs']);
node(['scripts/build-apps-script.mjs']);

const help = [];
const baseline = [];
const sizes = [];
for (const times of SIZES) {
  const xlsx = join(out, `sample-x${times}.xlsx`);
  node(['dist/bench-worker.js', 'write', String(times), xlsx]);
  const samples = {cli: [], base: [], read: [], build: [], rss: [], total: []};
  let last;
  for (let i = 0; i < RUNS; i++) {
    samples.base.push(node(['-e', '0']).ms);
    // --force: each run writes the same report again, and build refuses to replace a file unasked.
    const cliArgs = [
      'build',
      xlsx,
      '-o',
      join(out, `x${times}.docx`),
      '--force',
    ];
    samples.cli.push(node(['bin/fazhi-report.js', ...cliArgs]).ms);
    last = JSON.parse(node(['dist/bench-worker.js', 'measure', xlsx]).stdout);
    samples.read.push(last.readMs);
    samples.build.push(last.buildMs);
    samples.total.push(last.totalMs);
    samples.rss.push(last.peakRssMB);
    if (times === SIZES[0])
      help.push(node(['bin/fazhi-report.js', '--help']).ms);
  }
  baseline.push(...samples.base);
  sizes.push({
    times,
    rows: last.rows,
    xlsx_kb: Math.round(statSync(xlsx).size / 1024),
    cli_process_ms: stats(samples.cli),
    node_baseline_ms: stats(samples.base),
    read_ms: stats(samples.read),
    build_ms: stats(samples.build),
    total_ms: stats(samples.total),
    us_per_row: Math.round((stats(samples.total).median * 1000) / last.rows),
    peak_rss_mb: stats(samples.rss),
    docx_kb: last.docxKB,
    paragraphs: last.paragraphs,
  });
}

const apps = JSON.parse(
  node(['dist/bench-apps-script-worker.js', '--json']).stdout,
);
const result = {
  runs: RUNS,
  node: process.version,
  node_baseline_ms: stats(baseline),
  help_process_ms: stats(help),
  cli_bundle_kb: Math.round(statSync('dist/cli.js').size / 1024),
  sizes,
  apps_script: apps,
};

if (json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const base = result.node_baseline_ms.median;
  console.log(
    `node -e 0: ${base} ms (median of ${baseline.length}); fazhi-report --help: ${result.help_process_ms.median} ms (${(result.help_process_ms.median / base).toFixed(2)}×)`,
  );
  console.table(
    sizes.map(s => ({
      '×': s.times,
      rows: s.rows,
      'xlsx KB': s.xlsx_kb,
      'read ms': s.read_ms.median,
      'build ms': s.build_ms.median,
      'total ms': s.total_ms.median,
      'µs/row': s.us_per_row,
      'peak RSS MB': s.peak_rss_mb.median,
      'CLI process ms': s.cli_process_ms.median,
      '× node -e 0': (
        s.cli_process_ms.median / s.node_baseline_ms.median
      ).toFixed(2),
    })),
  );
  console.log('\n生成报告 in Apps Script (fakes count every service call):');
  process.stdout.write(node(['dist/bench-apps-script-worker.js']).stdout);
}
