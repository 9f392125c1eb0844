// The bundled command line loads exceljs only to write a template: `--help`, `validate` and
// `build` read workbooks with the core's own reader (issue 10).

import {spawnSync} from 'child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {join, resolve} from 'path';
import {sampleTemplateTabs} from '../../src/core/sample/sample-workbook';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';

const dir = mkdtempSync(join(tmpdir(), 'cli-lazy-'));
const cli = join(dir, 'cli.js');
const report = join(dir, 'loaded.txt');
const preload = join(dir, 'count-exceljs.js');
const workbook = join(dir, '示例.xlsx');

beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    ['scripts/build-cli.mjs', '--outfile', cli],
    {encoding: 'utf8'},
  );
  if (built.status !== 0) throw new Error(built.stderr);
  // Counts, when the process ends, the files of exceljs that were loaded.
  writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)},
      String(Object.keys(require.cache).filter(f => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(f)).length)));`,
  );
  await writeTemplateXlsx(sampleTemplateTabs(), workbook);
}, 60_000);

/** Runs the bundle with `args`; returns its exit code and how many exceljs files it loaded. */
function run(args: readonly string[]): {
  status: number | null;
  exceljsFiles: number;
} {
  writeFileSync(report, '');
  const result = spawnSync(process.execPath, ['-r', preload, cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    // The bundle lives outside the repository; let it find exceljs for `template`.
    env: {...process.env, NODE_PATH: resolve('node_modules')},
  });
  return {
    status: result.status,
    exceljsFiles: Number(readFileSync(report, 'utf8')),
  };
}

describe('the bundled command line and exceljs', () => {
  it('does not load exceljs for --help', () => {
    expect(run(['--help'])).toEqual({status: 0, exceljsFiles: 0});
  });

  it('does not load exceljs to validate an .xlsx workbook', () => {
    expect(run(['validate', workbook])).toEqual({status: 0, exceljsFiles: 0});
  });

  it('does not load exceljs to build from an .xlsx workbook or from the sample', () => {
    expect(run(['build', workbook, '-o', join(dir, 'a.docx')])).toEqual({
      status: 0,
      exceljsFiles: 0,
    });
    expect(run(['build', '-o', join(dir, 'b.docx')])).toEqual({
      status: 0,
      exceljsFiles: 0,
    });
  });

  it('does not load exceljs to show the progress of an .xlsx workbook', () => {
    // The sample has no 状态 filled in, so it is not complete: exit 1.
    expect(run(['status', workbook])).toEqual({status: 1, exceljsFiles: 0});
  });

  it('loads exceljs to write a template (so the count above can see it)', () => {
    const result = run(['template', '-o', join(dir, '模板.xlsx')]);
    expect(result.status).toBe(0);
    expect(result.exceljsFiles).toBeGreaterThan(10);
  });
});
