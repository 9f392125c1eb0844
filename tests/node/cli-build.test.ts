import {existsSync, mkdtempSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {DATA_COLUMNS, SECTION_COLUMNS} from '../../src/core/workbook/schema';
import {runCli} from '../../src/node/cli';
import {captureConsole} from '../helpers/capture-console';
import {readDocx} from '../helpers/read-docx';
import {expectedSampleParagraphs} from '../helpers/reference';
import {writeWorkbook} from '../helpers/write-workbook';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-build-'));

describe('fazhi-report build', () => {
  const samplePath = join(dir, 'sample.docx');
  let sampleExit: number;
  const sampleOut = captureConsole();

  beforeAll(async () => {
    sampleExit = await runCli(['build', '-o', samplePath], sampleOut);
  });

  it('writes the embedded sample as a .docx whose paragraphs equal the corrected reference', () => {
    expect(sampleExit).toBe(0);
    expect(readDocx(samplePath).paragraphs()).toEqual(
      expectedSampleParagraphs(),
    );
  });

  it('prints where it wrote, the order of the parts and a one-line summary of paragraphs, figures and findings', () => {
    expect(sampleOut.stdout[0]).toContain(samplePath);
    expect(sampleOut.stdout[1]).toBe(
      '各部分顺序（按工作表顺序）：导语 → 一、举措成效 → 二、不足原因 → 三、第一责任人 → 四、下年安排 → 五、其他事项',
    );
    expect(sampleOut.stdout[2]).toMatch(
      /段落 \d+ 个，引用数据 \d+ 项.*问题 \d+ 个（错误 0，/,
    );
  });

  it('gives the same paragraphs from `template --sample` as from the embedded sample', async () => {
    const xlsx = join(dir, 'sample.xlsx');
    const docx = join(dir, 'from-xlsx.docx');
    expect(
      await runCli(['template', '--sample', '-o', xlsx], captureConsole()),
    ).toBe(0);
    expect(await runCli(['build', xlsx, '-o', docx], captureConsole())).toBe(0);
    expect(readDocx(docx).paragraphs()).toEqual(
      readDocx(samplePath).paragraphs(),
    );
  });

  it('refuses to write a document when the workbook has errors and lists them by cell', async () => {
    const xlsx = join(dir, 'broken.xlsx');
    await writeWorkbook(xlsx, {
      数据: [[...DATA_COLUMNS], ['立案数', '很多', '件']],
      导语: [
        [...SECTION_COLUMNS],
        ['段落', '', '立案{{立案数}}件，结案{{结案数}}件。'],
      ],
    });
    const out = captureConsole();
    const docx = join(dir, 'broken.docx');
    expect(await runCli(['build', xlsx, '-o', docx], out)).toBe(1);
    expect(existsSync(docx)).toBe(false);
    const text = out.stderr.join('\n');
    expect(text).toContain('数据!B2  错误  指标“立案数”的数值“很多”不是数字');
    expect(text).toContain('导语!C2  错误  引用的指标“结案数”');
    expect(text).toContain('基本信息!A1  错误  缺少工作表“基本信息”');
    expect(text).toMatch(/存在 \d+ 个错误，未生成文档/);
  });

  it('writes the 在线 profile with Noto fonts when asked', async () => {
    const docx = join(dir, 'online.docx');
    expect(
      await runCli(
        ['build', '--profile', '在线', '-o', docx],
        captureConsole(),
      ),
    ).toBe(0);
    expect(readDocx(docx).files['word/styles.xml']).toContain('Noto Serif SC');
  });

  it('rejects an unknown font profile with exit code 2', async () => {
    const out = captureConsole();
    expect(await runCli(['build', '--profile', '宋体'], out)).toBe(2);
    expect(out.stderr.join('')).toContain('版式“宋体”无法识别');
  });
});
