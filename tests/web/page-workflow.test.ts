// The offline page (dist/fazhi-report.html) in Debian's chromium, opened from disk with the
// network refused: the embedded workbooks, the findings against `validate --json`, the .docx
// against the command line's, the draft choice, workbook text that tries to be markup, and a
// screenshot for the README.

import {writeSubmissionXlsx} from '../node/submission-xlsx';
import {mkdtempSync, readdirSync, readFileSync, statSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {
  buildReport,
  documentParagraphs,
  readXlsx,
  renderDocxParts,
  sampleTemplateTabs,
  SEVERITY_LABEL,
  TEMPLATE_FILE_NAMES,
} from '../../src/core';
import {
  DATA_COLUMNS,
  PART_TABS,
  SECTION_COLUMNS,
} from '../../src/core/workbook/schema';
import {runCli} from '../../src/node/cli';
import type {FindingJson} from '../../src/node/commands/validate-command';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {captureConsole} from '../helpers/capture-console';
import {writeWorkbook} from '../helpers/write-workbook';
import {
  type Browser,
  describeInChromium,
  launchChromium,
} from '../browser/chromium';
import {
  blockedByPolicy,
  buildOfflinePage,
  clickDownload,
  documentXml,
  type OpenedPage,
  openOffline,
  READ_FINDINGS,
  type ShownFinding,
  upload,
  waitUntil,
  xlsxFile,
} from './offline-page';

jest.setTimeout(90_000);

const HOSTILE = '<img src=x onerror=alert(1)>';
const dir = mkdtempSync(join(tmpdir(), 'fazhi-web-flow-'));

/** A workbook with one error and the hostile text as a tab name, a reference and body text. */
async function hostileWorkbook(path: string): Promise<void> {
  const section = [...SECTION_COLUMNS];
  const tabs: Record<string, (string | number)[][]> = {
    基本信息: [
      ['项目', '内容', '说明'],
      ['单位名称', '古荡街道'],
      ['报告年度', 2024],
    ],
    数据: [[...DATA_COLUMNS], ['立案数', 461, '件']],
    导语: [section, ['段落', '', `${HOSTILE}立案{{立案数}}件。{{${HOSTILE}}}`]],
  };
  PART_TABS.forEach((part, i) => {
    tabs[part] = [section, ['章', `第${i + 1}部分`, '']];
  });
  tabs[HOSTILE] = [['备用']];
  await writeWorkbook(path, tabs);
}

async function validateJson(path: string): Promise<FindingJson[]> {
  const out = captureConsole();
  await runCli(['validate', path, '--json'], out);
  return JSON.parse(out.stdout.join('\n')) as FindingJson[];
}

/** The command line's .docx for `path` (written with its default name into a fresh folder). */
async function cliDocx(
  path: string,
  profile: string,
): Promise<{name: string; bytes: Buffer}> {
  const folder = mkdtempSync(join(dir, 'cli-'));
  const out = captureConsole();
  expect(
    await runCli(
      ['build', path, '-o', `${folder}/`, '--profile', profile],
      out,
    ),
  ).toBe(0);
  const [name] = readdirSync(folder);
  return {name, bytes: readFileSync(join(folder, name))};
}

/** validate --json as the page should show it: by tab (first seen), then error, warning, info. */
function groupedAsShown(findings: readonly FindingJson[]): ShownFinding[] {
  const tabs = [...new Set(findings.map(f => f.tab))];
  return tabs.flatMap(tab =>
    (['error', 'warning', 'info'] as const).flatMap(severity =>
      findings
        .filter(f => f.tab === tab && f.severity === severity)
        .map(f => ({
          tab,
          severity: SEVERITY_LABEL[severity],
          cell: `${f.tab}!${f.cell}`,
          code: f.code,
          message: f.message,
        })),
    ),
  );
}

describeInChromium('offline page in chromium', () => {
  let browser: Browser;
  let pagePath: string;
  let opened: OpenedPage;
  const samplePath = join(dir, 'sample.xlsx');
  const hostilePath = join(dir, 'hostile.xlsx');
  const submissionPath = join(dir, 'submission.xlsx');

  beforeAll(async () => {
    pagePath = buildOfflinePage();
    await writeTemplateXlsx(sampleTemplateTabs(), samplePath);
    await hostileWorkbook(hostilePath);
    await writeSubmissionXlsx(submissionPath);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    opened = await openOffline(browser, pagePath);
  });

  afterEach(async () => {
    expect(await blockedByPolicy(opened.page)).toEqual([]);
    await opened.page.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    expect(opened.refused).toEqual([]);
    expect(opened.requests.filter(url => url !== opened.url)).toEqual([]);
  });

  it('is one file within 400 KB that is usable within a second, requesting nothing but itself', async () => {
    const size = statSync(pagePath).size;
    const readyMs = Number(
      await opened.page.evaluate<string>('document.body.dataset.readyMs'),
    );
    console.log(
      `offline page: ${(size / 1024).toFixed(1)} KB, usable ${readyMs.toFixed(0)} ms after navigation start`,
    );
    expect(size).toBeLessThanOrEqual(400 * 1024);
    expect(readyMs).toBeGreaterThan(0);
    expect(readyMs).toBeLessThan(1000);
    expect(opened.requests).toEqual([opened.url]);
    expect(await opened.page.isVisible('#generate')).toBe(true);
    expect(
      await opened.page.evaluate(
        'document.getElementById("generate").disabled',
      ),
    ).toBe(true);
  });

  it('hands out the blank template and the sample workbook, which read like freshly written ones', async () => {
    const blank = await clickDownload(opened.page, '#download-blank');
    const sample = await clickDownload(opened.page, '#download-sample');
    expect(blank.name).toBe(TEMPLATE_FILE_NAMES.blank);
    expect(sample.name).toBe(TEMPLATE_FILE_NAMES.sample);
    expect(readXlsx(blank.bytes)).toEqual(
      readXlsx(await writeTemplateXlsx([])),
    );
    expect(readXlsx(sample.bytes)).toEqual(readXlsx(readFileSync(samplePath)));
  });

  it('lists the findings exactly as validate --json gives them, grouped by tab and severity', async () => {
    for (const path of [samplePath, hostilePath]) {
      await upload(opened.page, xlsxFile('工作簿.xlsx', readFileSync(path)));
      const expected = groupedAsShown(await validateJson(path));
      expect(expected.length).toBeGreaterThan(0);
      expect(await opened.page.evaluate(READ_FINDINGS)).toEqual(expected);
    }
  });

  it('shows the report text paragraph by paragraph as the document has it', async () => {
    await upload(opened.page, xlsxFile('示例.xlsx', readFileSync(samplePath)));
    const shown = await opened.page.evaluate<string[]>(
      'Array.from(document.querySelectorAll("#preview p")).map(function (p) { return p.textContent; })',
    );
    const build = buildReport(readXlsx(readFileSync(samplePath)));
    expect(shown).toEqual(documentParagraphs(build.document));
    expect(
      await opened.page.evaluate(
        'document.querySelectorAll("#preview .p-heading.level-1").length',
      ),
    ).toBe(
      build.document.blocks.filter(b => b.kind === 'heading' && b.level === 1)
        .length,
    );
  });

  it.each([['公文'], ['在线']])(
    'downloads the same %s .docx as the command line, under the same name',
    async profile => {
      await upload(
        opened.page,
        xlsxFile('示例.xlsx', readFileSync(samplePath)),
      );
      await opened.page.check(`input[name="profile"][value="${profile}"]`);
      const page = await clickDownload(opened.page, '#generate');
      const cli = await cliDocx(samplePath, profile);
      expect(page.name).toBe(cli.name);
      expect(documentXml(page.bytes)).toBe(documentXml(cli.bytes));
      expect(await opened.page.textContent('#status')).toContain(cli.name);
    },
  );

  it('shows the 报送 findings when 报送 is chosen and refuses the sample, whose 版头 cells are empty', async () => {
    await upload(opened.page, xlsxFile('示例.xlsx', readFileSync(samplePath)));
    expect(await opened.page.textContent('#summary')).toContain('错误 0');
    await opened.page.check('input[name="profile"][value="报送"]');
    expect(await opened.page.textContent('#findings')).toContain(
      '发文机关标志',
    );
    expect(await opened.page.textContent('#summary')).toContain('错误 2');
    await opened.page.click('#generate');
    expect(await opened.page.isVisible('#refusal')).toBe(true);
    expect(await opened.page.textContent('#refusal-text')).toContain(
      '2 个错误',
    );
  });

  it('downloads the same 报送 .docx as the command line, under the same name', async () => {
    await upload(
      opened.page,
      xlsxFile('报送.xlsx', readFileSync(submissionPath)),
    );
    await opened.page.check('input[name="profile"][value="报送"]');
    const page = await clickDownload(opened.page, '#generate');
    const cli = await cliDocx(submissionPath, '报送');
    expect(page.name).toBe(cli.name);
    expect(page.name).toContain('（报送版）');
    expect(documentXml(page.bytes)).toBe(documentXml(cli.bytes));
  });

  it('refuses a workbook with errors and builds a draft, marked in its name, only when asked', async () => {
    await upload(
      opened.page,
      xlsxFile('有错误.xlsx', readFileSync(hostilePath)),
    );
    await opened.page.click('#generate');
    expect(await opened.page.isVisible('#refusal')).toBe(true);
    expect(await opened.page.textContent('#refusal-text')).toContain(
      '1 个错误',
    );
    await opened.page.click('#cancel-draft');
    expect(await opened.page.isVisible('#refusal')).toBe(false);
    await opened.page.click('#generate');
    const draft = await clickDownload(opened.page, '#draft');
    const build = buildReport(readXlsx(readFileSync(hostilePath)));
    expect(draft.name).toBe(`${build.document.title} 草稿（有错误）.docx`);
    expect(documentXml(draft.bytes)).toBe(
      renderDocxParts(build.document, '公文').find(
        p => p.path === 'word/document.xml',
      )?.content,
    );
    expect(await opened.page.isVisible('#refusal')).toBe(false);
  });

  it('shows workbook text that looks like markup as text and never runs it', async () => {
    await opened.page.evaluate(
      'window.alert = function () { window.__alerted = true; }',
    );
    await upload(
      opened.page,
      xlsxFile('有错误.xlsx', readFileSync(hostilePath)),
    );
    const messages = await opened.page.evaluate<string[]>(
      'Array.from(document.querySelectorAll("#findings .message")).map(function (m) { return m.textContent; })',
    );
    expect(messages.some(m => m.includes(HOSTILE))).toBe(true);
    expect(
      await opened.page.evaluate<string[]>(
        'Array.from(document.querySelectorAll("#findings .tab-name .name")).map(function (n) { return n.textContent; })',
      ),
    ).toContain(HOSTILE);
    expect(await opened.page.textContent('#preview')).toContain(
      `${HOSTILE}立案461件。`,
    );
    expect(
      await opened.page.evaluate('document.querySelectorAll("img").length'),
    ).toBe(0);
    expect(await opened.page.evaluate('typeof window.__alerted')).toBe(
      'undefined',
    );
  });

  it('writes a screenshot of the page with the sample open', async () => {
    await opened.page.click('#try-sample');
    await waitUntil(
      opened.page,
      'document.querySelectorAll("#preview p").length > 10',
    );
    await opened.page.mouse.move(0, 990);
    // WEB_SCREENSHOT=docs/web-page.png npx jest tests/web writes the README's picture.
    const png = await opened.page.screenshot({
      path: process.env.WEB_SCREENSHOT ?? join(dir, 'web-page.png'),
    });
    expect(png.readUInt32BE(16)).toBe(1440);
  });
});
