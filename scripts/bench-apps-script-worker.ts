// Service calls of one 生成报告 on the sample and on workbooks 10× and 100× its rows (with the
// fakes, which count every call), and the size and load time of dist/Code.js in node:vm.
// Prints tables, or with --json one JSON object (the numbers of the tables, by size).

import {readFileSync} from 'fs';
import vm from 'vm';
import {generateReport} from '../src/apps-script/actions/generate-report';
import {runAutoDraft} from '../src/apps-script/actions/auto-draft';
import {checkEdit} from '../src/apps-script/actions/on-edit';
import {validateWorkbook} from '../src/apps-script/actions/validate-workbook';
import {buildReport} from '../src/core/build-report';
import type {WorkbookGrids} from '../src/core/workbook/grid';
import {sampleTemplateTabs} from '../src/core/sample/sample-workbook';
import {displayedValue} from '../src/core/workbook/template-cells';
import {
  DATA_COLUMNS,
  SECTION_COLUMNS,
  SETTINGS_COLUMNS,
  TAB,
} from '../src/core/workbook/schema';
import {createFakeServices} from '../tests/fakes/fake-environment';
import type {TabSeed} from '../tests/fakes/fake-spreadsheet';
import {scaleTabRows} from '../tests/helpers/scaled-sample';

function scaledSeeds(times: number): TabSeed[] {
  return sampleTemplateTabs().map(tab => {
    const rows = tab.rows.map(r => r.map(v => displayedValue(v) ?? ''));
    const body = scaleTabRows(tab.name, rows, times);
    const header =
      tab.name === TAB.settings
        ? SETTINGS_COLUMNS
        : tab.name === TAB.data
          ? DATA_COLUMNS
          : SECTION_COLUMNS;
    return {
      name: tab.name,
      rows: [[...header], ...body],
      maxRows: body.length + 10,
    };
  });
}

/**
 * Calls of a second generation, when 生成记录 already exists (the usual case), and how many of
 * them ask whether a section row is hidden (one Sheet.isRowHiddenByUser per row with text:
 * Sheets has no batch read of hidden rows within spreadsheets.currentonly).
 */
function nextRunCalls(env: ReturnType<typeof createFakeServices>): {
  total: number;
  hiddenRows: number;
  byMethod: Record<string, number>;
} {
  env.calls.reset();
  generateReport(env.services, new Date());
  return {
    total: env.calls.count(),
    hiddenRows: env.calls.count('Sheet.isRowHiddenByUser'),
    byMethod: Object.fromEntries(env.calls.byMethod()),
  };
}

const json = process.argv.includes('--json');
const codePath = process.argv.slice(2).find(a => !a.startsWith('--'));
const table = json ? () => {} : (rows: unknown[]) => console.table(rows);

interface SizeCalls {
  times: number;
  generate_calls_first: number;
  generate_calls: number;
  /** Of generate_calls, the Sheet.isRowHiddenByUser calls (they grow with the rows). */
  generate_hidden_row_calls: number;
  /** generate_calls without them: what a generation costs whatever the workbook's size. */
  generate_calls_other: number;
  /** generate_calls by Apps Script method, to see where a repeat generation spends them. */
  generate_calls_by_method: Record<string, number>;
  validate_all_calls: number;
  on_edit_calls: number;
  trigger_unchanged_calls: number;
}
const bySize = new Map<number, Partial<SizeCalls>>();
const record = (times: number, numbers: Partial<SizeCalls>) =>
  bySize.set(times, {...bySize.get(times), times, ...numbers});

const results = [];
for (const times of [1, 10, 100]) {
  const env = createFakeServices({tabs: scaledSeeds(times)});
  const started = process.hrtime.bigint();
  generateReport(env.services, new Date());
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const byService = new Map<string, number>();
  for (const [method, n] of env.calls.byMethod()) {
    const service = method.split('.')[0];
    byService.set(service, (byService.get(service) ?? 0) + n);
  }
  results.push({
    '×': times,
    rows: scaledSeeds(times).reduce((n, t) => n + (t.rows?.length ?? 0), 0),
    'service calls': env.calls.count(),
    getValues: env.calls.count('Range.getValues'),
    setValues: env.calls.count('Range.setValues'),
    Drive:
      env.calls.count('Drive.Files.create') +
      env.calls.count('Drive.Files.get'),
    'by service': [...byService].map(([s, n]) => `${s} ${n}`).join(', '),
    'ms (fakes)': ms.toFixed(0),
  });
  const next = nextRunCalls(env);
  Object.assign(results[results.length - 1], {
    'next run (log exists)': next.total,
    'of which isRowHiddenByUser': next.hiddenRows,
  });
  record(times, {
    generate_calls_first: results[results.length - 1]['service calls'],
    generate_calls: next.total,
    generate_hidden_row_calls: next.hiddenRows,
    generate_calls_other: next.total - next.hiddenRows,
    generate_calls_by_method: next.byMethod,
  });
}
table(results);

const validation = [];
for (const times of [1, 10, 100]) {
  const seeds = scaledSeeds(times);
  const grids: WorkbookGrids = {
    tabs: seeds.map(t => ({
      name: t.name,
      grid: (t.rows ?? []) as WorkbookGrids['tabs'][0]['grid'],
    })),
  };
  buildReport(grids);
  const runs = times === 100 ? 5 : 20;
  const started = process.hrtime.bigint();
  let findings = 0;
  for (let i = 0; i < runs; i++) findings = buildReport(grids).findings.length;
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs;
  const env = createFakeServices({tabs: seeds});
  validateWorkbook(env.services, {kind: 'all'});
  const allCalls = env.calls.count();
  const data = env.spreadsheet.sheet(TAB.data);
  data.seed([['很多']], 17, 2);
  env.calls.reset();
  checkEdit({range: data.getRange(17, 2, 1, 1)});
  validation.push({
    '×': times,
    'validate+compose ms': ms.toFixed(1),
    findings,
    '校验全部 calls': allCalls,
    'onEdit calls (one cell)': env.calls.count() - 1,
  });
  record(times, {
    validate_all_calls: allCalls,
    on_edit_calls: env.calls.count() - 1,
  });
}
table(validation);

const trigger = [];
for (const times of [1, 10, 100]) {
  const env = createFakeServices({
    tabs: scaledSeeds(times),
    uiAvailable: false,
  });
  runAutoDraft(env.services, new Date());
  env.calls.reset();
  const outcome = runAutoDraft(env.services, new Date());
  trigger.push({
    '×': times,
    'trigger run, data unchanged': outcome,
    'service calls': env.calls.count(),
    'by method': [...env.calls.byMethod()]
      .map(([m, n]) => `${m} ${n}`)
      .join(', '),
  });
  record(times, {trigger_unchanged_calls: env.calls.count()});
}
table(trigger);

const code = readFileSync(codePath ?? 'dist/Code.js', 'utf8');
const runs = 20;
const loadMs: number[] = [];
for (let i = 0; i < runs; i++) {
  // A different source each time, so V8's compilation cache cannot serve the second run.
  const source = `${code}\n// run ${i} ${Date.now()}`;
  const started = process.hrtime.bigint();
  vm.runInNewContext(source, {});
  loadMs.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const sorted = [...loadMs].sort((a, b) => a - b);
const round = (n: number) => Math.round(n * 10) / 10;
const bundle = {
  bundle_kb: Math.round((Buffer.byteLength(code) / 1024) * 10) / 10,
  bundle_load_ms: {
    median: round(sorted[runs >> 1]),
    min: round(sorted[0]),
    max: round(sorted[runs - 1]),
    runs,
  },
};
if (json) {
  process.stdout.write(
    JSON.stringify({sizes: [...bySize.values()], ...bundle}) + '\n',
  );
} else {
  console.log(
    `dist/Code.js: ${bundle.bundle_kb} KB; evaluated in node:vm in ${bundle.bundle_load_ms.median.toFixed(1)} ms (median of ${runs} runs, compile cache defeated)`,
  );
}
