// `carry-over`, `status` and `template --sample --next-year` through runCli on real .xlsx files:
// the workbook read back, the finished year untouched, the usual refusals to overwrite.

import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {TabGrid, WorkbookGrids} from '../../src/core/workbook/grid';
import {PART_TABS, TAB} from '../../src/core/workbook/schema';
import {runCli} from '../../src/node/cli';
import {readXlsxWorkbook} from '../../src/node/xlsx-read';
import {captureConsole} from '../helpers/capture-console';

const dir = fs.mkdtempSync(join(tmpdir(), 'fazhi-carry-over-'));
const input = join(dir, '古荡2024.xlsx');

async function run(...args: string[]) {
  const out = captureConsole();
  const code = await runCli(args, out);
  return {code, stdout: out.stdout.join('\n'), stderr: out.stderr.join('\n')};
}

function tab(workbook: WorkbookGrids, name: string): TabGrid {
  const found = workbook.tabs.find(t => t.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

function column(t: TabGrid, header: string): unknown[] {
  const c = t.grid[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return t.grid.slice(1).map(r => r[c] ?? null);
}

beforeAll(async () => {
  expect((await run('template', '--sample', '-o', input)).code).toBe(0);
}, 30_000);

describe('fazhi-report carry-over', () => {
  const output = join(dir, '古荡2025.xlsx');
  let before: Buffer;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    before = fs.readFileSync(input);
    result = await run('carry-over', input);
  }, 30_000);

  it('writes 古荡2025.xlsx beside 古荡2024.xlsx and says what it did', () => {
    expect(result.code).toBe(0);
    expect(fs.existsSync(output)).toBe(true);
    expect(result.stdout).toContain(output);
    expect(result.stdout).toContain('上年数值');
  });

  it('leaves the finished year’s workbook byte for byte as it was', () => {
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('reads back as 2025 with last year’s values in 上年数值 and every 数值 empty', async () => {
    const last = await readXlsxWorkbook(input);
    const next = await readXlsxWorkbook(output);
    const settings = tab(next, TAB.settings).grid;
    expect(settings.find(r => r[0] === '报告年度')?.[1]).toBe(2025);
    expect(settings.find(r => r[0] === '成文日期')?.[1] ?? null).toBeNull();
    const values = column(tab(last, TAB.data), '数值');
    // The rate keeps its percent format, so the reader gives it as the text the clerk sees.
    expect(column(tab(next, TAB.data), '上年数值')).toEqual(values);
    expect(column(tab(next, TAB.data), '数值').every(v => v === null)).toBe(
      true,
    );
  });

  it('keeps every section text and marks every row 待更新', async () => {
    const last = await readXlsxWorkbook(input);
    const next = await readXlsxWorkbook(output);
    for (const name of [TAB.intro, ...PART_TABS]) {
      expect(column(tab(next, name), '正文')).toEqual(
        column(tab(last, name), '正文'),
      );
      expect(new Set(column(tab(next, name), '状态'))).toEqual(
        new Set(['待更新']),
      );
    }
  });

  it('refuses to replace the carried workbook without --force, and replaces it with', async () => {
    const again = await run('carry-over', input);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect((await run('carry-over', input, '--force')).code).toBe(0);
  });

  it('never writes over the workbook it reads, even with --force', async () => {
    const refused = await run('carry-over', input, '-o', input, '--force');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('就是输入的工作簿');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('asks for the workbook when none is given', async () => {
    const refused = await run('carry-over');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('fazhi-report carry-over 工作簿.xlsx');
  });
});

describe('fazhi-report status', () => {
  it('lists per office the rows 待更新 and the empty figures of the carried workbook, exit 1', async () => {
    const carried = join(dir, '古荡2025.xlsx');
    const result = await run('status', carried);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /党政办：内容 18 行（待更新 18），数据 14 项（数值为空 14 项）/,
    );
    expect(result.stdout).toContain('数值为空：法制审查员人数（数据!B2）');
  });

  it('gives the same as JSON with --json', async () => {
    const result = await run('status', join(dir, '古荡2025.xlsx'), '--json');
    const json = JSON.parse(result.stdout) as {
      offices: {office: string; byStatus: Record<string, number>}[];
      parts: {tab: string; complete: boolean}[];
    };
    expect(json.offices[0]).toMatchObject({
      office: '党政办',
      byStatus: {待更新: 18},
    });
    expect(json.parts.map(p => p.tab)).toEqual([TAB.intro, ...PART_TABS]);
  });
});

describe('fazhi-report template --sample --next-year', () => {
  it('writes the sample’s 2025 workbook, as carry-over of the sample makes it', async () => {
    const path = join(dir, '示例2025.xlsx');
    expect(
      (await run('template', '--sample', '--next-year', '-o', path)).code,
    ).toBe(0);
    const fixture = await readXlsxWorkbook(path);
    const carried = await readXlsxWorkbook(join(dir, '古荡2025.xlsx'));
    for (const name of [TAB.settings, TAB.data, TAB.intro, ...PART_TABS]) {
      expect(tab(fixture, name).grid).toEqual(tab(carried, name).grid);
    }
  });

  it('refuses --next-year without --sample', async () => {
    const refused = await run('template', '--next-year');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('carry-over');
  });
});
