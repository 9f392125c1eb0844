// The findings sidebar in a real browser (Debian's chromium): grouping, counts, clicks and
// keyboard reaching selectFindingCell, and cell text that tries to run as script staying text.

import {
  scriptSafeJson,
  sidebarHtml,
  type SidebarFinding,
} from '../../src/apps-script/ui/sidebar-page';
import {describeInChromium, type Page} from './chromium';
import {sidebarSession} from './sidebar-session';

jest.setTimeout(30_000);

const FINDINGS: readonly SidebarFinding[] = [
  f('数据', 'B7', 'warning', '“执法案件数”为 1200，超过“不超过”列的 1000。'),
  f('一、举措成效', 'C12', 'error', '正文引用了未定义的指标“{{案件数}}”。'),
  f('数据', 'B3', 'error', '“复议案件数”不是数字：“十二”。请填写阿拉伯数字。'),
  f('数据', 'E5', 'info', '“培训人次”没有填写来源说明。'),
  f('一、举措成效', 'A4', 'info', '层级留空，按段落处理。'),
  f('数据', 'B9', 'error', '“应诉率”超过 100%。'),
];

const SUMMARY = '错误 3 · 警告 1 · 提示 2';

const IMG_MESSAGE = '<img src=x onerror=alert(1)>';
const SCRIPT_MESSAGE = '</script><script>window.__pwned=1</script>';
const HOSTILE: readonly SidebarFinding[] = [
  f('数据', 'B2', 'error', IMG_MESSAGE),
  f('<b onclick=alert(2)>表</b>', 'C3', 'warning', SCRIPT_MESSAGE),
  f('数据', 'D4', 'info', '<!-- 注释\u2028换行\u2029 &amp; -->'),
];

function f(
  tab: string,
  cell: string,
  severity: SidebarFinding['severity'],
  message: string,
): SidebarFinding {
  return {tab, cell, severity, code: 'test-code', message};
}

// What a clerk sees: each tab section with its severity groups, their counts and items.
const READ_GROUPS = `
Array.from(document.querySelectorAll('section.tab')).map(function (s) {
  return {
    tab: s.querySelector('.tab-name').firstChild.textContent,
    count: s.querySelector('.tab-name .count').textContent,
    groups: Array.from(s.querySelectorAll('.group')).map(function (g) {
      return {
        severity: g.querySelector('.group-name').firstChild.textContent,
        count: g.querySelector('.group-name .count').textContent,
        items: Array.from(g.querySelectorAll('button.finding')).map(function (b) {
          return b.querySelector('.cell').textContent + ' ' +
            b.querySelector('.message').textContent;
        }),
      };
    }),
  };
})
`;

describe('sidebar page HTML', () => {
  it('embeds the findings as JSON that cannot close the script element', () => {
    const html = sidebarHtml(HOSTILE, SUMMARY);
    expect(html).not.toContain('window.__pwned=1</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u2028');
    expect(scriptSafeJson({m: '</script>&\u2028'})).toBe(
      '{"m":"\\u003c/script\\u003e\\u0026\\u2028"}',
    );
    expect(JSON.parse(scriptSafeJson(HOSTILE))).toEqual(HOSTILE);
  });
});

describeInChromium('sidebar page in chromium', () => {
  const session = sidebarSession({width: 300, height: 700});
  let page: Page;

  beforeEach(() => {
    page = session.page;
  });

  it('groups findings by tab in the given order, then by severity, with counts', async () => {
    await page.setContent(sidebarHtml(FINDINGS, SUMMARY));
    expect(
      await page.evaluate('document.getElementById("summary").textContent'),
    ).toBe(SUMMARY);
    expect(await page.evaluate(READ_GROUPS)).toEqual([
      {
        tab: '数据',
        count: '4 条',
        groups: [
          {
            severity: '错误',
            count: '2',
            items: [
              'B3 “复议案件数”不是数字：“十二”。请填写阿拉伯数字。',
              'B9 “应诉率”超过 100%。',
            ],
          },
          {
            severity: '警告',
            count: '1',
            items: ['B7 “执法案件数”为 1200，超过“不超过”列的 1000。'],
          },
          {
            severity: '提示',
            count: '1',
            items: ['E5 “培训人次”没有填写来源说明。'],
          },
        ],
      },
      {
        tab: '一、举措成效',
        count: '2 条',
        groups: [
          {
            severity: '错误',
            count: '1',
            items: ['C12 正文引用了未定义的指标“{{案件数}}”。'],
          },
          {severity: '提示', count: '1', items: ['A4 层级留空，按段落处理。']},
        ],
      },
    ]);
  });

  it('gives each severity its own colour', async () => {
    await page.setContent(sidebarHtml(FINDINGS, SUMMARY));
    const colours = await page.evaluate<string[]>(
      `['error', 'warning', 'info'].map(function (s) {
        return getComputedStyle(document.querySelector('.sev-' + s + ' .group-name')).backgroundColor;
      })`,
    );
    expect(new Set(colours).size).toBe(3);
  });

  it('calls selectFindingCell with the exact tab and cell on click and marks the item while it runs', async () => {
    await page.setContent(sidebarHtml(FINDINGS, SUMMARY));
    await page.click('section.tab:nth-of-type(2) .sev-error button.finding');
    expect(await page.evaluate('window.__calls')).toEqual([
      ['一、举措成效', 'C12'],
    ]);
    const state =
      'Array.from(document.querySelectorAll(".finding.selected")).map(function (b) { return [b.querySelector(".cell").textContent, b.getAttribute("aria-busy")]; })';
    expect(await page.evaluate(state)).toEqual([['C12', 'true']]);
    await page.evaluate('window.__finish()');
    expect(await page.evaluate(state)).toEqual([['C12', 'false']]);
  });

  it('calls selectFindingCell when Enter is pressed on a focused finding', async () => {
    await page.setContent(sidebarHtml(FINDINGS, SUMMARY));
    await page.focus('.sev-warning button.finding');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('window.__calls')).toEqual([['数据', 'B7']]);
  });

  it('shows the server error and clears the selection when the call fails', async () => {
    await page.setContent(sidebarHtml(FINDINGS, SUMMARY));
    await page.click('.sev-info button.finding');
    await page.evaluate('window.__fail("找不到工作表")');
    expect(
      await page.evaluate('document.getElementById("failure").hidden'),
    ).toBe(false);
    expect(
      await page.evaluate('document.getElementById("failure").textContent'),
    ).toBe('无法定位到该单元格：找不到工作表');
    expect(
      await page.evaluate('document.querySelectorAll(".selected").length'),
    ).toBe(0);
  });

  it('shows markup in cell text as literal text and never runs it', async () => {
    await page.setContent(sidebarHtml(HOSTILE, '<img src=x onerror=alert(3)>'));
    const messages = await page.evaluate<string[]>(
      'Array.from(document.querySelectorAll(".message")).map(function (m) { return m.textContent; })',
    );
    expect(messages).toEqual([
      IMG_MESSAGE,
      '<!-- 注释\u2028换行\u2029 &amp; -->',
      SCRIPT_MESSAGE,
    ]);
    expect(
      await page.evaluate('document.querySelectorAll("img, b").length'),
    ).toBe(0);
    expect(
      await page.evaluate('document.querySelectorAll("script").length'),
    ).toBe(2);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    await page.click('section.tab:nth-of-type(2) button.finding');
    expect(await page.evaluate('window.__calls')).toEqual([
      ['<b onclick=alert(2)>表</b>', 'C3'],
    ]);
    expect(session.dialogs).toEqual([]);
  });

  it('says 未发现问题 when there are no findings', async () => {
    await page.setContent(sidebarHtml([], '错误 0 · 警告 0 · 提示 0'));
    expect(
      await page.evaluate('document.querySelector(".empty").textContent'),
    ).toContain('未发现问题');
    expect(
      await page.evaluate('document.querySelectorAll("button.finding").length'),
    ).toBe(0);
  });

  it('fits a 300 px sidebar without horizontal scrolling, even with long unbroken text', async () => {
    const long = f(
      '数据',
      'AB1234',
      'info',
      'https://example.test/' + 'x'.repeat(120),
    );
    await page.setContent(sidebarHtml([...FINDINGS, long], SUMMARY));
    expect(
      await page.evaluate('document.documentElement.scrollWidth'),
    ).toBeLessThanOrEqual(300);
    // SIDEBAR_SCREENSHOT=out/sidebar.png npx jest tests/browser writes the page for a look.
    const png = await page.screenshot({
      path: process.env.SIDEBAR_SCREENSHOT,
      fullPage: true,
    });
    expect(png.readUInt32BE(16)).toBe(300);
  });
});
