// Files that are not usable workbooks, opened in the offline page: each shows the command
// line's message for it (with the file's name where the command line names its path), the page
// shows nothing of the refused file, and the next workbook opens as usual.

import {sharedStringsBomb} from '../core/xlsx/hostile-packages';
import {mkdtempSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {strToU8, zipSync} from 'fflate';
import {
  MAX_INFLATED_BYTES,
  sampleTemplateTabs,
  xlsxProblemMessage,
  type XlsxProblem,
} from '../../src/core';
import {runCli} from '../../src/node/cli';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {captureConsole} from '../helpers/capture-console';
import {compoundFile} from '../core/xlsx/compound-file';
import {
  type Browser,
  describeInChromium,
  launchChromium,
} from '../browser/chromium';
import {
  blockedByPolicy,
  buildOfflinePage,
  type OpenedPage,
  openOffline,
  upload,
  waitUntil,
  xlsxFile,
} from './offline-page';

jest.setTimeout(90_000);

const dir = mkdtempSync(join(tmpdir(), 'fazhi-web-hostile-'));

const CASES: readonly (readonly [
  string,
  string,
  XlsxProblem,
  () => Uint8Array,
])[] = [
  [
    'a text file named .xlsx',
    '名单.xlsx',
    'not-xlsx',
    () => strToU8('姓名,科室\n张三,党政办\n'),
  ],
  [
    'a zip that is no workbook',
    '照片.xlsx',
    'not-xlsx',
    () => zipSync({'a.txt': strToU8('hello')}),
  ],
  [
    'a legacy .xls (compound file)',
    '旧表格.xls',
    'not-xlsx',
    () => compoundFile({Workbook: new Uint8Array(5000)}),
  ],
  ['a zip bomb', '炸弹.xlsx', 'too-large', sharedStringsBomb],
  [
    'a password-protected workbook',
    '有密码.xlsx',
    'encrypted',
    () =>
      compoundFile({
        EncryptionInfo: new Uint8Array(100),
        EncryptedPackage: new Uint8Array(5000),
      }),
  ],
];

describeInChromium('offline page with unusable files', () => {
  let browser: Browser;
  let pagePath: string;
  let sample: Buffer;
  let opened: OpenedPage;

  beforeAll(async () => {
    pagePath = buildOfflinePage();
    sample = await writeTemplateXlsx(sampleTemplateTabs());
    browser = await launchChromium();
    opened = await openOffline(browser, pagePath);
  });

  afterAll(async () => {
    expect(await blockedByPolicy(opened.page)).toEqual([]);
    await opened?.page.close();
    await browser?.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.requests.filter(url => url !== opened.url)).toEqual([]);
  });

  it.each(CASES)(
    'shows the command line message for %s and keeps working',
    async (_label, name, problem, make) => {
      const bytes = make();
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const out = captureConsole();
      expect(await runCli(['validate', path], out)).toBe(2);
      expect(out.stderr.join('\n')).toContain(
        xlsxProblemMessage(problem, path),
      );

      const {page} = opened;
      await upload(page, xlsxFile('示例.xlsx', sample));
      expect(await page.isVisible('#problem')).toBe(false);
      await upload(page, xlsxFile(name, bytes));
      expect(await page.isVisible('#problem')).toBe(true);
      expect(await page.textContent('#problem')).toBe(
        xlsxProblemMessage(problem, name),
      );
      expect(
        await page.evaluate(
          'document.querySelectorAll("#findings .finding, #preview p:not(.empty)").length',
        ),
      ).toBe(0);
      expect(
        await page.evaluate('document.getElementById("generate").disabled'),
      ).toBe(true);
      await upload(page, xlsxFile('示例.xlsx', sample));
      expect(await page.isVisible('#problem')).toBe(false);
      expect(
        await page.evaluate('document.querySelectorAll("#preview p").length'),
      ).toBeGreaterThan(10);
      expect(
        await page.evaluate('document.getElementById("generate").disabled'),
      ).toBe(false);
    },
  );

  it('refuses a file larger than the reader would ever inflate without reading it', async () => {
    const {page} = opened;
    await page.evaluate(`(function () {
      var big = new File([new Uint8Array(${MAX_INFLATED_BYTES} + 1)], '大文件.xlsx');
      var files = new DataTransfer();
      files.items.add(big);
      var input = document.getElementById('file-input');
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
    })()`);
    await waitUntil(page, '!document.getElementById("problem").hidden');
    expect(await page.textContent('#problem')).toBe(
      xlsxProblemMessage('too-large', '大文件.xlsx'),
    );
  });
});
