// How the command line answers what a user types: --version, help, a mistyped command or
// option, options a command does not take. Every refusal is Chinese, exits 2 and writes nothing.

import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli} from '../../src/node/cli';
import {captureConsole} from '../helpers/capture-console';
import {snapshotFolder} from './folder-snapshot';

const home = process.cwd();
const {version} = JSON.parse(
  fs.readFileSync(join(home, 'package.json'), 'utf8'),
) as {version: string};
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'fazhi-cli-usage-'));
  fs.writeFileSync(join(dir, '工作簿.xlsx'), 'the clerk’s workbook');
  process.chdir(dir);
});

afterEach(() => process.chdir(home));

async function run(args: readonly string[]) {
  const out = captureConsole();
  const code = await runCli(args, out);
  return {code, stdout: out.stdout.join('\n'), stderr: out.stderr.join('\n')};
}

/** English words left after taking out what was typed, command names, options and file names. */
function englishIn(text: string, typed: readonly string[]): string[] {
  const allowed =
    /fazhi-report|build|template|validate|carry-over|status|help|--?[a-z]+|\S+\.(xlsx|docx)|Excel|WPS|Google|Word|MB/g;
  const echoed = typed
    .flatMap(arg => arg.split('='))
    .reduce((rest, arg) => rest.split(arg).join(''), text);
  return echoed.replace(allowed, '').match(/[A-Za-z]{3,}/g) ?? [];
}

describe('--version and help', () => {
  it('prints the package version for --version, with or without a command', async () => {
    for (const args of [['--version'], ['build', '--version']]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`fazhi-report ${version}`);
    }
  });

  it('treats `help` as a command: the main help, or one command’s', async () => {
    const main = await run(['help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('命令：');
    expect(main.stdout).toContain('--force');
    const build = await run(['help', 'build']);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^用法：fazhi-report build/);
    expect(build.stdout).toContain('--force');
  });

  it('lists every exit code in the main help', async () => {
    const {stdout} = await run(['--help']);
    expect(stdout).toMatch(/退出码：0 .*1 .*2 .*3 /);
  });
});

describe('refusals of what was typed', () => {
  it.each([
    [['biuld'], '未知命令“biuld”。您是不是要输入 build？'],
    [['tempalte', '--sample'], '您是不是要输入 template？'],
    [['valdate', '工作簿.xlsx'], '您是不是要输入 validate？'],
    [['help', 'bild'], '您是不是要输入 build？'],
    [
      ['publish'],
      '未知命令“publish”。可用命令：build、template、validate、carry-over、status、help',
    ],
    [
      ['build', '--ouput', 'x.docx'],
      '未知选项“--ouput”。您是不是要输入 --output？',
    ],
    [['template', '--forse'], '您是不是要输入 --force？'],
    [['build', '-x'], '未知选项“-x”。运行时加 --help 查看可用选项。'],
    [['build', '--json'], '命令 build 没有选项 --json。'],
    [
      ['validate', '工作簿.xlsx', '-o', 'x.docx'],
      '命令 validate 没有选项 -o。',
    ],
    [['template', '--profile', '公文'], '命令 template 没有选项 --profile。'],
    [
      ['validate', '工作簿.xlsx', '--force'],
      '命令 validate 没有选项 --force。',
    ],
    [['build', '--sample'], '命令 build 没有选项 --sample。'],
    [['build', '-o'], '选项 -o 后面缺少取值'],
    [['build', '-o', '--force'], '选项 -o 后面缺少取值'],
    [
      ['build', '--profile'],
      '选项 --profile 后面缺少取值，例如：--profile 公文',
    ],
    [['template', '--sample=yes'], '选项 --sample 不带取值，请去掉“=yes”。'],
    [
      ['template', '工作簿.xlsx'],
      '命令 template 不接受参数“工作簿.xlsx”。输出文件请用 -o 指定。',
    ],
    [['build', '工作簿.xlsx', '其他.xlsx'], '命令 build 不接受参数“其他.xlsx”'],
    [['validate'], '请指定要校验的工作簿'],
    [['build', '--profile', '宋体'], '版式“宋体”无法识别'],
  ])('refuses %j with exit 2: %s', async (args, message) => {
    const before = snapshotFolder(dir);
    const result = await run(args);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(2);
    expect(englishIn(result.stderr, args)).toEqual([]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('prints the main help and exits 2 when no command is given', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('用法：');
  });
});
