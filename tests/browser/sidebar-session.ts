// One chromium per describe block and a fresh page per test for the Apps Script sidebars, with
// google.script.run stood in for: every call recorded, finished or failed when the test says.

import {type Browser, launchChromium, type Page} from './chromium';

/**
 * A stand-in for google.script.run: records each selectFindingCell call in window.__calls and
 * keeps its handlers, so a test finishes the call (window.__finish()) or fails it
 * (window.__fail(message)) when it chooses.
 */
const SCRIPT_RUN_STUB = `
window.__calls = [];
window.google = {script: {run: (function () {
  var onSuccess = function () {};
  var onFailure = function () {};
  var run = {
    withSuccessHandler: function (h) { onSuccess = h; return run; },
    withFailureHandler: function (h) { onFailure = h; return run; },
    selectFindingCell: function (tab, cell) {
      window.__calls.push([tab, cell]);
      var success = onSuccess, failure = onFailure;
      window.__finish = function () { success(); };
      window.__fail = function (message) { failure(new Error(message)); };
    }
  };
  return run;
})()}};
`;

export interface SidebarSession {
  /** This test's page, blank, with the stub in place. */
  readonly page: Page;
  /** Messages of the dialogs the page opened (each dismissed). */
  readonly dialogs: readonly string[];
}

/**
 * Registers the hooks in the calling describe block: chromium for the block, a page per test
 * (of `viewport` when given) and a test failed when its page threw. Read `page` in a test.
 */
export function sidebarSession(viewport?: {
  width: number;
  height: number;
}): SidebarSession {
  let browser: Browser;
  const state: {page?: Page; dialogs: string[]; pageErrors: string[]} = {
    dialogs: [],
    pageErrors: [],
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    const page = await browser.newPage();
    state.page = page;
    state.dialogs = [];
    state.pageErrors = [];
    page.on('dialog', dialog => {
      state.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', error => state.pageErrors.push(error.message));
    if (viewport) await page.setViewportSize(viewport);
    await page.addInitScript({content: SCRIPT_RUN_STUB});
    // Init scripts run in documents created after they are added, not in the first blank one
    // that setContent writes into, so start a fresh document first.
    await page.goto('about:blank');
  });

  afterEach(async () => {
    await state.page?.close();
    expect(state.pageErrors).toEqual([]);
  });

  return {
    get page() {
      if (!state.page) throw new Error('no page outside a test');
      return state.page;
    },
    get dialogs() {
      return state.dialogs;
    },
  };
}
