// 填报进度 through the fakes: the sidebar lists each office with its rows by 状态, its empty
// figures and findings as buttons that select their cells, each part complete or not; all text
// escaped.

import {showProgress} from '../../src/apps-script/actions/show-progress';
import {DATA_COLUMNS, SECTION_COLUMNS} from '../../src/core/workbook/schema';
import {createFakeServices} from '../fakes/fake-environment';

const HOSTILE_OFFICE = '<b onclick=alert(1)>综合办</b>';

function mixedEnv() {
  const figure = (name: string, value: unknown, office: string) => [
    name,
    value,
    '件',
    '',
    '',
    '',
    '',
    office,
  ];
  return createFakeServices({
    tabs: [
      {
        name: '基本信息',
        rows: [
          ['项目', '内容', '说明'],
          ['单位名称', '古荡街道', ''],
          ['报告年度', 2024, ''],
        ],
      },
      {
        name: '数据',
        rows: [
          [...DATA_COLUMNS],
          figure('立案数', 461, '执法队'),
          figure('调解数', '', '司法所'),
        ],
      },
      {
        name: '一、举措成效',
        rows: [
          [...SECTION_COLUMNS],
          ['章', '主要举措', '', HOSTILE_OFFICE, '已完成', ''],
          ['段落', '', '立案{{立案数}}件。', '执法队', '已完成', ''],
          ['段落', '', '调解{{调解数}}起。', '司法所', '填写中', ''],
        ],
      },
      {
        name: '二、不足原因',
        rows: [
          [...SECTION_COLUMNS],
          ['章', '不足和原因', '', HOSTILE_OFFICE, '已完成', ''],
          ['段落', '', '仍有不足。', '执法队', '已完成', ''],
        ],
      },
    ],
  });
}

/** The office sections of the page: name (text before the state), state and buttons. */
function offices(html: string) {
  return [
    ...html.matchAll(
      /<section class="office" data-office="([^"]*)">(.*?)<\/section>/gs,
    ),
  ].map(([, office, body]) => ({
    office,
    heading: /<h2 class="tab-name">(.*?)<\/h2>/s.exec(body)![1],
    buttons: [...body.matchAll(/data-tab="([^"]*)" data-cell="([^"]*)"/g)].map(
      ([, tab, cell]) => `${tab}!${cell}`,
    ),
  }));
}

describe('showProgress', () => {
  it('lists each office with its state and a button for each empty figure and finding', () => {
    const env = mixedEnv();
    const report = showProgress(env.services);
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0].title).toBe('填报进度');
    const sections = offices(env.ui.sidebars[0].content);
    expect(sections.map(s => s.office)).toEqual(
      report.offices.map(o =>
        o.office.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      ),
    );
    const judicial = sections.find(s => s.office === '司法所')!;
    expect(judicial.heading).toContain('未完成');
    // The empty 调解数 at 数据!B3, and the unfinished row's 状态 at E4.
    expect(judicial.buttons).toContain('数据!B3');
    expect(judicial.buttons).toContain('一、举措成效!E4');
    const enforcement = sections.find(s => s.office === '执法队')!;
    expect(enforcement.heading).toContain('已完成');
    expect(enforcement.buttons).toEqual([]);
  });

  it('says per part how many rows are done', () => {
    const env = mixedEnv();
    showProgress(env.services);
    const html = env.ui.sidebars[0].content;
    expect(html).toMatch(
      /data-part="一、举措成效">一、举措成效：2\/3 行已完成<span class="state open">/,
    );
    expect(html).toMatch(
      /data-part="二、不足原因">二、不足原因：2\/2 行已完成<span class="state done">/,
    );
  });

  it('escapes every text from the workbook', () => {
    const env = mixedEnv();
    showProgress(env.services);
    const html = env.ui.sidebars[0].content;
    expect(html).not.toContain('<b onclick');
    expect(html).toContain('&lt;b onclick=alert(1)&gt;综合办&lt;/b&gt;');
  });

  it('reads each input tab once and shows one sidebar', () => {
    const env = mixedEnv();
    env.calls.reset();
    showProgress(env.services);
    expect(env.calls.count('Range.getValues')).toBe(4);
    expect(env.calls.count('Ui.showSidebar')).toBe(1);
    expect(env.calls.count('Range.setValues')).toBe(0);
  });
});
