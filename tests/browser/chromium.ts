// Launches Debian's chromium (never a downloaded browser) through playwright-core for page tests.
// Only the few Page methods the tests use are typed here: playwright's own typings need the DOM
// library, which this project's tsconfig leaves out (its MimeType clashes with Apps Script's).

import {existsSync} from 'fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT =
  'apt-get update && apt-get install -y --no-install-recommends chromium';

export interface Dialog {
  message(): string;
  dismiss(): Promise<void>;
}

/** The subset of playwright's Page these tests use; page code is passed as strings. */
export interface Page {
  setViewportSize(size: {width: number; height: number}): Promise<void>;
  addInitScript(script: {content: string}): Promise<unknown>;
  goto(url: string): Promise<unknown>;
  setContent(html: string): Promise<void>;
  evaluate<R>(expression: string): Promise<R>;
  waitForFunction(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: {press(key: string): Promise<void>};
  on(event: 'dialog', listener: (dialog: Dialog) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  screenshot(options: {path?: string; fullPage?: boolean}): Promise<Buffer>;
  close(): Promise<void>;
}

export interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface Chromium {
  launch(options: {
    executablePath: string;
    args: readonly string[];
    headless: boolean;
  }): Promise<Browser>;
}

/**
 * Whether page tests can run here. Without the browser they are skipped locally with a hint;
 * under CI (process.env.CI set) the caller must fail instead, since CI installs chromium.
 */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe(title, body)` where page tests can run: with chromium installed, or under CI, where
 * launchChromium then fails loudly. Elsewhere the block is skipped with a hint on the console.
 */
export function describeInChromium(title: string, body: () => void): void {
  if (chromiumInstalled() || process.env.CI) {
    describe(title, body);
    return;
  }
  console.warn(
    `Skipping "${title}": Debian's chromium is not installed. Install it with: ${INSTALL_HINT}`,
  );
  describe.skip(title, body);
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumInstalled()) {
    throw new Error(
      `${CHROMIUM_PATH} is missing; CI installs it in .ci/run (${INSTALL_HINT})`,
    );
  }
  const {chromium} = require('playwright-core') as {chromium: Chromium};
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}
