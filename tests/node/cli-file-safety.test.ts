// The command line never destroys a file: refusals, --force, names, and failed writes, each
// checked by exit code, Chinese message and a byte-for-byte snapshot of the folder.

import fs = require('node:fs');
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {sampleTemplateTabs} from '../../src/core/sample/sample-workbook';
import {utf8Length} from '../../src/core/files/file-name';
import {runCli} from '../../src/node/cli';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {captureConsole} from '../helpers/capture-console';
import {readDocx} from '../helpers/read-docx';
import {snapshotFolder} from './folder-snapshot';

const root = fs.mkdtempSync(join(tmpdir(), 'fazhi-cli-safety-'));
const REPORT = '古荡街道2024年度法治政府建设工作报告.docx';
const home = process.cwd();
let workbook: Buffer;
let dir: string;

beforeAll(async () => {
  workbook = await writeTemplateXlsx(sampleTemplateTabs());
});

/** A fresh folder holding 工作簿.xlsx (the sample) and an earlier 报告.docx; the cwd. */
beforeEach(() => {
  dir = fs.mkdtempSync(join(root, 'case-'));
  fs.writeFileSync(join(dir, '工作簿.xlsx'), workbook);
  fs.writeFileSync(join(dir, '报告.docx'), 'an earlier report');
  process.chdir(dir);
});

afterEach(() => {
  process.chdir(home);
  jest.restoreAllMocks();
});

async function run(...args: string[]) {
  const out = captureConsole();
  const code = await runCli(args, out);
  return {code, stdout: out.stdout.join('\n'), stderr: out.stderr.join('\n')};
}

/** Runs the command line and expects exit 2, `message`, and the folder exactly as before. */
async function expectRefused(args: readonly string[], message: string) {
  const before = snapshotFolder(dir);
  const result = await run(...args);
  expect(result.stderr).toContain(message);
  expect(result.code).toBe(2);
  expect(snapshotFolder(dir)).toEqual(before);
  return result;
}

function systemError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `${code}: injected system text`,
  );
  error.code = code;
  return error;
}

describe('the command line refuses to replace a file unasked', () => {
  it('refuses `template` over the default workbook name without --force', async () => {
    fs.writeFileSync('法治报告工作簿.xlsx', 'a filled workbook');
    await expectRefused(
      ['template'],
      '“法治报告工作簿.xlsx”已存在，未覆盖。确需替换请加 --force',
    );
  });

  it('refuses `template --sample` over the default sample name', async () => {
    fs.writeFileSync('法治报告示例工作簿.xlsx', 'a filled workbook');
    await expectRefused(
      ['template', '--sample'],
      '“法治报告示例工作簿.xlsx”已存在',
    );
  });

  it('refuses `template -o` naming an existing workbook, also without its extension', async () => {
    await expectRefused(
      ['template', '-o', '工作簿.xlsx'],
      '“工作簿.xlsx”已存在',
    );
    await expectRefused(['template', '-o', '工作簿'], '“工作簿.xlsx”已存在');
  });

  it('refuses `build -o` naming an earlier report, and `build` over the default report name', async () => {
    await expectRefused(
      ['build', '-o', '报告.docx'],
      '“报告.docx”已存在，未覆盖',
    );
    fs.writeFileSync(REPORT, 'an earlier default report');
    await expectRefused(['build'], `“${REPORT}”已存在，未覆盖`);
  });

  it.each([
    ['the same name', '书.docx'],
    ['a ./ prefix', './书.docx'],
    ['no extension', '书'],
    ['an absolute path', 'ABSOLUTE'],
    ['a symbolic link', '链接.docx'],
    ['a hard link', '硬链接.docx'],
  ])(
    'refuses an output that is the input workbook (%s) even with --force',
    async (_, output) => {
      fs.writeFileSync('书.docx', workbook); // a workbook saved under a .docx name
      fs.symlinkSync('书.docx', '链接.docx');
      fs.linkSync('书.docx', '硬链接.docx');
      const target = output === 'ABSOLUTE' ? join(dir, '书.docx') : output;
      await expectRefused(
        ['build', '书.docx', '-o', target, '--force'],
        '就是输入的工作簿，不能覆盖（加 --force 也不行）',
      );
    },
  );

  it('refuses a workbook name as the report, even with --force, and a report name as the template', async () => {
    await expectRefused(
      ['build', '工作簿.xlsx', '-o', '工作簿.xlsx', '--force'],
      '输出文件“工作簿.xlsx”的扩展名是 .xlsx，不是 .docx',
    );
    await expectRefused(
      ['build', '-o', '新.XLSX'],
      '的扩展名是 .xlsx，不是 .docx',
    );
    await expectRefused(
      ['template', '-o', '新.docx'],
      '的扩展名是 .docx，不是 .xlsx',
    );
  });
});

describe('the command line writes where it is told', () => {
  it('replaces an earlier report with --force, keeping the workbook and leaving no temporary file', async () => {
    const before = snapshotFolder(dir);
    const result = await run(
      'build',
      '工作簿.xlsx',
      '-o',
      '报告.docx',
      '--force',
    );
    expect(result.code).toBe(0);
    expect(readDocx('报告.docx').paragraphs().length).toBeGreaterThan(10);
    const after = snapshotFolder(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['工作簿.xlsx']).toBe(before['工作簿.xlsx']);
    expect(after['报告.docx']).not.toBe(before['报告.docx']);
  });

  it('adds .docx to `build -o 新报告` and .xlsx to `template -o 新工作簿`', async () => {
    expect((await run('build', '-o', '新报告')).code).toBe(0);
    expect((await run('template', '-o', '新工作簿')).code).toBe(0);
    expect(fs.readdirSync('.').sort()).toEqual(
      ['工作簿.xlsx', '报告.docx', '新报告.docx', '新工作簿.xlsx'].sort(),
    );
  });

  it('puts the default name into an existing folder given as -o, or a new one given with a trailing slash', async () => {
    fs.mkdirSync('输出');
    expect((await run('build', '-o', '输出')).code).toBe(0);
    expect((await run('template', '-o', '新建x/')).code).toBe(0);
    expect(fs.readdirSync('输出')).toEqual([REPORT]);
    expect(fs.readdirSync('新建x')).toEqual(['法治报告工作簿.xlsx']);
  });

  it('replaces the file a symbolic link points to with --force, and the link stays a link', async () => {
    fs.mkdirSync('存档');
    fs.writeFileSync(join('存档', '旧.docx'), 'old');
    fs.symlinkSync(join('存档', '旧.docx'), '快捷.docx');
    expect((await run('build', '-o', '快捷.docx', '--force')).code).toBe(0);
    expect(fs.lstatSync('快捷.docx').isSymbolicLink()).toBe(true);
    expect(
      readDocx(join('存档', '旧.docx')).paragraphs().length,
    ).toBeGreaterThan(10);
  });

  it('shortens the default name of a 99-character 报告标题 and writes the report', async () => {
    const title = '古荡街道关于推进法治政府建设和依法行政工作情况'
      .repeat(5)
      .slice(0, 99);
    const tabs = sampleTemplateTabs().map(tab =>
      tab.name === '基本信息'
        ? {
            ...tab,
            rows: [
              ...tab.rows.filter(r => r[0] !== '报告标题'),
              ['报告标题', title],
            ],
          }
        : tab,
    );
    await writeTemplateXlsx(tabs, '长标题.xlsx');
    const result = await run('build', '长标题.xlsx');
    expect(result.stderr).not.toContain('无法写入');
    expect(result.code).toBe(0);
    const written = fs.readdirSync('.').filter(n => n.endsWith('….docx'));
    expect(written).toHaveLength(1);
    expect(title.startsWith(written[0].slice(0, -'….docx'.length))).toBe(true);
    expect(utf8Length(written[0])).toBeLessThanOrEqual(255);
  });
});

describe('a failed write keeps the old file, leaves no fragment and exits 2', () => {
  it.each([
    ['openSync', 'EACCES', '没有写入权限'],
    ['openSync', 'EROFS', '没有写入权限（所在磁盘或文件夹是只读的）'],
    ['writeSync', 'ENOSPC', '磁盘已满'],
    ['writeSync', 'EFBIG', '文件过大'],
    ['fsyncSync', 'ENOSPC', '磁盘已满'],
    ['renameSync', 'EBUSY', '文件正被其他程序占用'],
  ] as const)(
    'when %s fails with %s it says “%s”',
    async (step, code, cause) => {
      const real = fs[step] as (...args: unknown[]) => unknown;
      jest.spyOn(fs, step).mockImplementation(((...args: unknown[]) => {
        if (step === 'openSync' && args[1] !== 'wx') return real(...args);
        if (step === 'writeSync') real(args[0], args[1], 0, 10);
        throw systemError(code);
      }) as never);
      const {stderr} = await expectRefused(
        ['build', '工作簿.xlsx', '-o', '报告.docx', '--force'],
        `无法写入“报告.docx”：${cause}`,
      );
      expect(stderr).toContain('原有文件保持不变。');
      expect(stderr).not.toContain('injected');
    },
  );

  it('shows the system text only with --debug', async () => {
    jest.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw systemError('ENOSPC');
    });
    const {stderr} = await expectRefused(
      ['build', '-o', '报告.docx', '--force', '--debug'],
      '磁盘已满',
    );
    expect(stderr).toContain('ENOSPC: injected system text');
  });

  it('says the file name is too long when the file system refuses it', async () => {
    const name = `${'报'.repeat(90)}.docx`;
    await expectRefused(['build', '-o', name], `无法写入“${name}”：文件名太长`);
  });

  it('says a part of the path is a file, not a folder', async () => {
    await expectRefused(
      ['build', '-o', join('报告.docx', '新.docx')],
      '路径中有一段是文件而不是文件夹',
    );
  });

  it('words a workbook it cannot read with the path and the cause, exit 2', async () => {
    const name = `${'表'.repeat(90)}.xlsx`;
    await expectRefused(
      ['validate', name],
      `无法读取工作簿“${name}”：文件名太长。`,
    );
  });
});
