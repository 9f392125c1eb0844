// Opens the offline page (built into a temporary folder, never dist/) from disk in Debian's
// chromium with every request but the page itself refused, and drives it as a clerk would.

import {spawnSync} from 'child_process';
import {mkdtempSync, readFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {pathToFileURL} from 'url';
import {unzipSync, strFromU8} from 'fflate';
import type {Browser, Dialog, Page} from '../browser/chromium';

/** Builds the page with scripts/build-web.mjs; returns its path. */
export function buildOfflinePage(): string {
  const path = join(
    mkdtempSync(join(tmpdir(), 'fazhi-web-')),
    'fazhi-report.html',
  );
  const run = spawnSync(
    process.execPath,
    ['scripts/build-web.mjs', '--outfile', path],
    {encoding: 'utf8'},
  );
  if (run.status !== 0) throw new Error(`page build failed: ${run.stderr}`);
  return path;
}

interface Request {
  url(): string;
}

interface Route {
  request(): Request;
  continue(): Promise<void>;
  abort(): Promise<void>;
}

export interface Download {
  suggestedFilename(): string;
  path(): Promise<string>;
}

export interface InputFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** The playwright Page methods these tests use beyond tests/browser/chromium.ts. */
export interface OfflinePage extends Omit<Page, 'on'> {
  route(url: string, handler: (route: Route) => Promise<void>): Promise<void>;
  on(event: 'request', listener: (request: Request) => void): void;
  on(event: 'dialog', listener: (dialog: Dialog) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  setInputFiles(selector: string, files: InputFile): Promise<void>;
  waitForEvent(event: 'download'): Promise<Download>;
  textContent(selector: string): Promise<string | null>;
  isVisible(selector: string): Promise<boolean>;
  check(selector: string): Promise<void>;
  mouse: {move(x: number, y: number): Promise<void>};
}

export interface OpenedPage {
  readonly page: OfflinePage;
  readonly url: string;
  /** Every request the page tried to make, the page's own file included. */
  readonly requests: string[];
  /** Requests refused: any other than the page's own file. */
  readonly refused: string[];
  readonly pageErrors: string[];
  readonly dialogs: number[];
}

// Records what the page's Content-Security-Policy blocked: an attempt to fetch anything is
// stopped there before any request exists, so the request log alone would not show it.
const RECORD_VIOLATIONS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});`;

/** What the page tried that its Content-Security-Policy blocked (fetches, images, eval). */
export function blockedByPolicy(page: OfflinePage): Promise<string[]> {
  return page.evaluate<string[]>('window.__violations');
}

/** Opens `path` from disk with the network refused; resolves when the page says it is ready. */
export async function openOffline(
  browser: Browser,
  path: string,
): Promise<OpenedPage> {
  const page = (await browser.newPage()) as unknown as OfflinePage;
  const url = pathToFileURL(path).href;
  const opened: OpenedPage = {
    page,
    url,
    requests: [],
    refused: [],
    pageErrors: [],
    dialogs: [],
  };
  page.on('request', request => opened.requests.push(request.url()));
  page.on('pageerror', error => opened.pageErrors.push(error.message));
  page.on('dialog', dialog => {
    opened.dialogs.push(1);
    void dialog.dismiss();
  });
  await page.route('**/*', async route => {
    if (route.request().url() === url) return route.continue();
    opened.refused.push(route.request().url());
    return route.abort();
  });
  await page.setViewportSize({width: 1440, height: 1000});
  await page.addInitScript({content: RECORD_VIOLATIONS});
  await page.goto(url);
  await waitUntil(page, 'document.body.dataset.readyMs !== undefined');
  return opened;
}

/**
 * Polls `expression` until it is true. (playwright's waitForFunction evaluates a string with
 * eval() while polling, which the page's Content-Security-Policy rightly refuses.)
 */
export async function waitUntil(
  page: OfflinePage,
  expression: string,
  timeoutMs = 20_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${expression}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/** Chooses `file` in the page's file input and waits until it is read (or refused). */
export async function upload(
  page: OfflinePage,
  file: InputFile,
): Promise<void> {
  await page.setInputFiles('#file-input', file);
  await waitUntil(
    page,
    '!document.getElementById("status").textContent.startsWith("正在读取")',
  );
}

export function xlsxFile(name: string, bytes: Uint8Array): InputFile {
  return {
    name,
    mimeType:
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  };
}

/** Clicks `selector` and returns the download it starts, with its bytes. */
export async function clickDownload(
  page: OfflinePage,
  selector: string,
): Promise<{name: string; bytes: Buffer}> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(selector),
  ]);
  return {
    name: download.suggestedFilename(),
    bytes: readFileSync(await download.path()),
  };
}

/** The text of word/document.xml in .docx bytes. */
export function documentXml(docx: Uint8Array): string {
  const files = unzipSync(docx, {filter: f => f.name === 'word/document.xml'});
  return strFromU8(files['word/document.xml']);
}

export interface ShownFinding {
  readonly tab: string;
  readonly severity: string;
  readonly cell: string;
  readonly code: string;
  readonly message: string;
}

/** The findings as the page lists them, in its order, each with its tab and severity heading. */
export const READ_FINDINGS = `
Array.from(document.querySelectorAll('#findings section.tab')).flatMap(function (s) {
  var tab = s.querySelector('.tab-name .name').textContent;
  return Array.from(s.querySelectorAll('.group')).flatMap(function (g) {
    var severity = g.querySelector('.group-name').firstChild.textContent;
    return Array.from(g.querySelectorAll('.finding')).map(function (f) {
      return {tab: tab, severity: severity, cell: f.querySelector('.cell').textContent,
        code: f.dataset.code, message: f.querySelector('.message').textContent};
    });
  });
})`;
