import {mkdtempSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {
  DATA_COLUMNS,
  PART_TABS,
  SECTION_COLUMNS,
} from '../../src/core/workbook/schema';
import {runCli} from '../../src/node/cli';
import type {FindingJson} from '../../src/node/commands/validate-command';
import {captureConsole} from '../helpers/capture-console';
import {writeWorkbook, type TestCell} from '../helpers/write-workbook';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-validate-'));
const SETTINGS = [
  ['项目', '内容', '说明'],
  ['单位名称', '古荡街道'],
  ['报告年度', 2024],
];
const DATA_HEADER = [...DATA_COLUMNS];
const SECTION_HEADER = [...SECTION_COLUMNS];
const PARTS = PART_TABS;

async function workbookWith(
  name: string,
  figures: readonly (readonly TestCell[])[],
  introText: string,
): Promise<string> {
  const path = join(dir, name);
  const tabs: Record<string, readonly (readonly TestCell[])[]> = {
    基本信息: SETTINGS,
    数据: [DATA_HEADER, ...figures],
    导语: [SECTION_HEADER, ['段落', '', introText]],
  };
  PARTS.forEach((part, i) => {
    tabs[part] = [SECTION_HEADER, ['章', `第${i + 1}部分`, '']];
  });
  await writeWorkbook(path, tabs);
  return path;
}

describe('fazhi-report validate', () => {
  it('exits 0 and reports no problem for a clean workbook', async () => {
    const path = await workbookWith(
      'clean.xlsx',
      [['立案数', 461, '件']],
      '立案{{立案数}}件。',
    );
    const out = captureConsole();
    expect(await runCli(['validate', path], out)).toBe(0);
    expect(out.stdout.join('\n')).toContain('问题 0 个');
  });

  it('turns a spreadsheet error in a figure into a finding at that cell and exits 1', async () => {
    const path = await workbookWith(
      'div0.xlsx',
      [
        ['持证人数', 42, '人'],
        ['持证率', {formula: 'B2/0', result: {error: '#DIV/0!'}}, '%'],
      ],
      '{{持证人数}}人持证，持证率{{持证率}}。',
    );
    const out = captureConsole();
    expect(await runCli(['validate', path], out)).toBe(1);
    expect(out.stdout[0]).toBe(
      '数据!B3  错误  指标“持证率”的单元格显示错误值 #DIV/0!。请检查该单元格的公式。',
    );
  });

  it('prints findings as a JSON array with tab, cell, severity, code and message', async () => {
    const path = await workbookWith(
      'json.xlsx',
      [['立案数', '', '件']],
      '立案{{立案数}}件，{{结案}}。',
    );
    const out = captureConsole();
    expect(await runCli(['validate', path, '--json'], out)).toBe(1);
    const findings = JSON.parse(out.stdout.join('\n')) as FindingJson[];
    expect(findings.map(f => [f.tab, f.cell, f.severity, f.code])).toEqual([
      ['数据', 'B2', 'error', 'figure-empty'],
      ['导语', 'C2', 'error', 'placeholder-unknown'],
    ]);
    expect(findings[1].message).toContain('“结案”');
  });

  it('exits 0 when there are only warnings', async () => {
    const path = await workbookWith(
      'warn.xlsx',
      // A rate above 100% is a warning (a fraction in a count is an error since issue 9).
      [['结案率', 1.2, '%']],
      '结案率{{结案率}}。',
    );
    const out = captureConsole();
    expect(await runCli(['validate', path], out)).toBe(0);
    expect(out.stdout[0]).toMatch(/^数据!B2 {2}警告 {2}/);
  });

  it('exits 2 with a Chinese message for a missing file', async () => {
    const out = captureConsole();
    expect(await runCli(['validate', join(dir, 'nope.xlsx')], out)).toBe(2);
    expect(out.stderr.join('')).toContain('找不到工作簿文件');
  });

  it('exits 2 for a file that is not a workbook', async () => {
    const path = join(dir, 'text.xlsx');
    writeFileSync(path, 'not a workbook');
    const out = captureConsole();
    expect(await runCli(['validate', path], out)).toBe(2);
    expect(out.stderr.join('')).toContain('不是 .xlsx 工作簿');
  });

  it('exits 2 when no workbook is named', async () => {
    expect(await runCli(['validate'], captureConsole())).toBe(2);
  });
});

describe('fazhi-report usage', () => {
  it.each([
    ['--help'],
    ['build', '--help'],
    ['template', '-h'],
    ['validate', '--help'],
  ])('prints help for %s and exits 0', async (...args) => {
    const out = captureConsole();
    expect(await runCli(args, out)).toBe(0);
    expect(out.stdout.join('\n')).toContain('用法');
  });

  it('names an unknown command and exits 2', async () => {
    const out = captureConsole();
    expect(await runCli(['publish'], out)).toBe(2);
    expect(out.stderr.join('')).toContain('未知命令“publish”');
  });

  it('words an unknown option in Chinese without a stack trace', async () => {
    const out = captureConsole();
    expect(await runCli(['build', '--colour'], out)).toBe(2);
    expect(out.stderr.join('\n')).toContain('未知选项“--colour”');
    expect(out.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });
});
