// `build --profile 报送` through the command line: refused with the cells to fill when the 版头
// settings are empty, written with 版头 and 版记 when they are filled.

import {mkdtempSync, readdirSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {runCli} from '../../src/node/cli';
import {captureConsole} from '../helpers/capture-console';
import {readDocx} from '../helpers/read-docx';
import {expectedSampleParagraphs} from '../helpers/reference';
import {writeSubmissionXlsx} from './submission-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-submission-'));

describe('fazhi-report build --profile 报送', () => {
  it('refuses the sample, whose 发文机关标志 and 发文字号 are empty, naming both cells', async () => {
    const out = captureConsole();
    const target = join(dir, 'refused.docx');
    expect(
      await runCli(['build', '--profile', '报送', '-o', target], out),
    ).toBe(1);
    const errors = out.stderr.join('\n');
    expect(errors).toMatch(
      /基本信息!B\d+ {2}错误 {2}生成报送版须填写“发文机关标志”/,
    );
    expect(errors).toMatch(
      /基本信息!B\d+ {2}错误 {2}生成报送版须填写“发文字号”/,
    );
    expect(errors).toContain('存在 2 个错误，未生成文档');
  });

  it('builds the sample in the public profile with the same empty settings', async () => {
    const target = join(dir, 'public.docx');
    expect(await runCli(['build', '-o', target], captureConsole())).toBe(0);
  });

  it('writes 版头, body and 版记 from a workbook that fills them', async () => {
    const xlsx = await writeSubmissionXlsx(join(dir, 'submitted.xlsx'));
    const target = join(dir, 'submitted.docx');
    const out = captureConsole();
    expect(
      await runCli(['build', xlsx, '--profile', '报送', '-o', target], out),
    ).toBe(0);
    expect(out.stdout[0]).toContain('版式：报送');
    const docx = readDocx(target);
    const paragraphs = docx.paragraphs();
    expect(paragraphs.slice(0, 2)).toEqual([
      '杭州市西湖区人民政府古荡街道办事处文件',
      '古街〔2025〕3号签发人：李明',
    ]);
    // The body is the public one with the addressee and the longer 落款 of these settings.
    expect(paragraphs).toEqual(
      expect.arrayContaining(expectedSampleParagraphs().slice(1, -2)),
    );
    expect(docx.files['word/footer4.xml']).toContain('古荡街道党政办公室');
    expect(docx.files['word/footer4.xml']).toContain('2025年2月6日印发');
  });

  it('rejects an unknown profile in Chinese, naming the three', async () => {
    const out = captureConsole();
    expect(
      await runCli(
        ['build', '--profile', '红头', '-o', join(dir, 'x.docx')],
        out,
      ),
    ).toBe(2);
    expect(out.stderr.join('')).toContain(
      '请用 --profile 公文、--profile 在线 或 --profile 报送',
    );
  });
});

describe('the default name of the 报送 file', () => {
  const home = process.cwd();
  afterEach(() => process.chdir(home));

  it('adds （报送版） to the title’s name, so the public file keeps its own', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fazhi-submission-name-'));
    const xlsx = await writeSubmissionXlsx(join(folder, '工作簿.xlsx'));
    process.chdir(folder);
    expect(await runCli(['build', xlsx], captureConsole())).toBe(0);
    expect(
      await runCli(['build', xlsx, '--profile', '报送'], captureConsole()),
    ).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      '古荡街道2024年度法治政府建设工作报告.docx',
      '古荡街道2024年度法治政府建设工作报告（报送版）.docx',
      '工作簿.xlsx',
    ]);
  });
});
