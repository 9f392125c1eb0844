// The 填报进度 sidebar in a real browser (Debian's chromium): a click on an item reaches
// selectFindingCell with its tab and cell, a failure is shown, and office names stay text.

import {progressHtml} from '../../src/apps-script/ui/progress-page';
import {progressReport} from '../../src/core/progress/progress-report';
import type {WorkbookGrids} from '../../src/core/workbook/grid';
import {DATA_COLUMNS, SECTION_COLUMNS} from '../../src/core/workbook/schema';
import {describeInChromium, type Page} from './chromium';
import {sidebarSession} from './sidebar-session';

jest.setTimeout(30_000);

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const WORKBOOK: WorkbookGrids = {
  tabs: [
    {
      name: '基本信息',
      grid: [
        ['项目', '内容', '说明'],
        ['单位名称', '古荡街道', ''],
        ['报告年度', 2024, ''],
      ],
    },
    {
      name: '数据',
      grid: [[...DATA_COLUMNS], ['调解数', '', '件', '', '', '', '', '司法所']],
    },
    {
      name: '一、举措成效',
      grid: [
        [...SECTION_COLUMNS],
        ['章', '主要举措', '', HOSTILE, '已完成', ''],
        ['段落', '', '调解{{调解数}}起。', '司法所', '填写中', ''],
      ],
    },
  ],
};

describeInChromium('填报进度 sidebar in chromium', () => {
  const session = sidebarSession();
  let page: Page;

  beforeEach(async () => {
    page = session.page;
    await page.setContent(progressHtml(progressReport(WORKBOOK)));
  });

  it('shows the office names as text, the hostile one included', async () => {
    const names = await page.evaluate<string[]>(
      `Array.from(document.querySelectorAll('section.office')).map(function (s) {
        return s.getAttribute('data-office');
      })`,
    );
    expect(names).toContain(HOSTILE);
    expect(names).toContain('司法所');
    expect(await page.evaluate('window.__pwned === undefined')).toBe(true);
    expect(await page.evaluate('document.querySelector("img") === null')).toBe(
      true,
    );
  });

  it('selects the empty figure’s cell on click', async () => {
    await page.click('button[data-cell="B2"]');
    expect(await page.evaluate('window.__calls')).toEqual([['数据', 'B2']]);
    expect(
      await page.evaluate(
        'document.querySelector(\'button[data-cell="B2"]\').classList.contains("selected")',
      ),
    ).toBe(true);
  });

  it('shows why a cell could not be selected', async () => {
    await page.click('button[data-cell="E3"]');
    await page.evaluate('window.__fail("找不到单元格")');
    expect(await page.evaluate('window.__calls')).toEqual([
      ['一、举措成效', 'E3'],
    ]);
    expect(
      await page.evaluate('document.getElementById("failure").textContent'),
    ).toBe('无法定位到该单元格：找不到单元格');
  });
});
