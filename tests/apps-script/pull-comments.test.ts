// 拉取审阅意见 against the fakes: comments of the newest version land in 审阅意见 with their
// section, repeated pulls update in place and keep the clerk's columns, failures change nothing.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {pullComments} from '../../src/apps-script/actions/pull-comments';
import {REVIEW_COLUMNS} from '../../src/core/workbook/schema';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
const QUOTE = '负责对接日常合法性审查工作';
const SECTION =
  '一、2024年推进法治政府建设的主要举措和突出成效／（一）主要举措／1、夯实法治工作基础。';
const column = (header: (typeof REVIEW_COLUMNS)[number]) =>
  REVIEW_COLUMNS.indexOf(header);

/** The sample workbook with v1 generated; the id of v1's Google Doc. */
function reviewed(): {env: FakeEnvironment; docId: string} {
  const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
  generateReport(env.services, NOW);
  const doc = env.drive.files.find(f => f.mimeType === DOC_MIME);
  return {env, docId: doc?.id ?? ''};
}

function reviewRows(env: FakeEnvironment): unknown[][] {
  return (
    env.spreadsheet
      .snapshot()
      .find(s => s.name === '审阅意见')
      ?.values.slice(1) ?? []
  );
}

function cell(
  row: unknown[],
  header: (typeof REVIEW_COLUMNS)[number],
): unknown {
  return row[column(header)];
}

describe('pullComments', () => {
  it('writes each comment of the newest version into a new 审阅意见 tab with its section', () => {
    const {env, docId} = reviewed();
    const [anchored, loose] = env.drive.Comments.seed(docId, [
      {
        author: '王局长',
        content: '请补充审查件数',
        quote: QUOTE,
        createdTime: '2025-02-06T01:00:00Z',
        replies: [{author: '李科长', content: '已补充'}],
      },
      {
        author: '赵主任',
        content: '整体结构清楚',
        createdTime: '2025-02-06T02:00:00Z',
      },
    ]);
    const result = pullComments(env.services);
    expect(result).toEqual({
      version: 'v1',
      added: 2,
      updated: 0,
      unchanged: 0,
      textChanged: false,
    });
    const tab = env.spreadsheet.snapshot().find(s => s.name === '审阅意见')!;
    expect(tab.values[0]).toEqual([...REVIEW_COLUMNS]);
    expect(tab.values.slice(1)).toEqual([
      [
        'v1',
        anchored,
        '王局长',
        new Date('2025-02-06T01:00:00Z'),
        SECTION,
        QUOTE,
        '请补充审查件数',
        '李科长：已补充',
        '否',
        '',
      ],
      [
        'v1',
        loose,
        '赵主任',
        new Date('2025-02-06T02:00:00Z'),
        '',
        '',
        '整体结构清楚',
        '',
        '否',
        '',
      ],
    ]);
    expect(tab.frozenRows).toBe(1);
    expect(Object.keys(tab.columnWidths).length).toBeGreaterThan(0);
    expect(tab.numberFormats.D2).toBe('yyyy-mm-dd hh:mm');
  });

  it('on a repeated pull adds only new comments and keeps 处理情况 and the clerk’s own column', () => {
    const {env, docId} = reviewed();
    const [first, second] = env.drive.Comments.seed(docId, [
      {author: '王局长', content: '意见一', quote: QUOTE},
      {author: '赵主任', content: '意见二'},
    ]);
    pullComments(env.services);
    const tab = env.spreadsheet.sheet('审阅意见');
    tab.seed([['负责人']], 1, 11);
    tab.seed([['已按意见修改']], 2, 10);
    tab.seed([['张三']], 3, 11);
    env.drive.Comments.resolve(docId, first, '王局长');
    env.drive.Comments.seed(docId, [{author: '钱处长', content: '意见三'}]);
    env.calls.reset();

    const result = pullComments(env.services);
    expect([result.added, result.updated, result.unchanged]).toEqual([1, 1, 1]);
    const rows = reviewRows(env);
    expect(rows.map(r => cell(r, '意见编号'))).toEqual([
      first,
      second,
      expect.any(String),
    ]);
    expect(rows[0].slice(8)).toEqual(['是', '已按意见修改', '']);
    expect(cell(rows[0], '回复')).toBe('王局长：（标记为已解决）');
    expect(rows[1].slice(8)).toEqual(['否', '', '张三']);
    expect(cell(rows[2], '意见')).toBe('意见三');
    expect(env.calls.count('Range.setValues')).toBe(2);
    expect(pullComments(env.services)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(reviewRows(env)).toHaveLength(3);
  });

  it('skips deleted comments', () => {
    const {env, docId} = reviewed();
    const [, gone] = env.drive.Comments.seed(docId, [
      {author: '王局长', content: '保留'},
      {author: '王局长', content: '撤回'},
    ]);
    env.drive.Comments.remove(docId, gone);
    pullComments(env.services);
    expect(reviewRows(env).map(r => cell(r, '意见'))).toEqual(['保留']);
  });

  it('reads every page when there are more than 100 comments', () => {
    const {env, docId} = reviewed();
    env.drive.Comments.seed(
      docId,
      Array.from({length: 150}, (_, i) => ({
        author: '王局长',
        content: `意见${i + 1}`,
      })),
    );
    expect(pullComments(env.services).added).toBe(150);
    expect(reviewRows(env)).toHaveLength(150);
    expect(env.calls.count('Drive.Comments.list')).toBe(2);
  });

  it('adds rows to the tab when the comments outgrow its 1000 rows', () => {
    const {env, docId} = reviewed();
    env.drive.Comments.seed(
      docId,
      Array.from({length: 1200}, (_, i) => ({
        author: '王局长',
        content: `意见${i + 1}`,
      })),
    );
    expect(pullComments(env.services).added).toBe(1200);
    expect(reviewRows(env)).toHaveLength(1200);
  });

  it('says no report yet, and creates nothing, before the first generation', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    expect(() => pullComments(env.services)).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
    expect(env.spreadsheet.sheetNames()).not.toContain('审阅意见');
  });

  it('on a Drive failure throws drive-failed, leaves the workbook as it was and frees the lock', () => {
    const {env, docId} = reviewed();
    env.drive.Comments.seed(docId, [{author: '王局长', content: '意见一'}]);
    pullComments(env.services);
    env.drive.Comments.seed(docId, [{author: '王局长', content: '意见二'}]);
    const before = env.spreadsheet.snapshot();
    env.drive.Comments.failNext(new Error('Rate Limit Exceeded'));
    expect(() => pullComments(env.services)).toThrow(
      expect.objectContaining({
        code: 'drive-failed',
        params: {detail: 'Rate Limit Exceeded'},
      }),
    );
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.lock.isHeld()).toBe(false);
  });

  it('says busy while a generation or another pull holds the lock', () => {
    const {env} = reviewed();
    env.lock.holdByOther();
    expect(() => pullComments(env.services)).toThrow(
      expect.objectContaining({code: 'busy'}),
    );
  });

  it('writes comment text that looks like a formula as plain text', () => {
    const {env, docId} = reviewed();
    env.drive.Comments.seed(docId, [
      {
        author: '=HYPERLINK("http://x")',
        content: '=IMPORTXML("http://x","//a")',
        replies: [{author: '李科长', content: '+1'}],
      },
    ]);
    pullComments(env.services);
    const tab = env.spreadsheet.sheet('审阅意见');
    for (const header of ['作者', '意见'] as const) {
      expect(tab.cellAt(2, column(header) + 1).numberFormat).toBe('@');
      expect(tab.formulaAt(2, column(header) + 1)).toBeNull();
    }
    expect(cell(reviewRows(env)[0], '意见')).toBe(
      '=IMPORTXML("http://x","//a")',
    );
  });

  it('decodes the quote Docs gives as HTML and still finds its section after the data changed', () => {
    const {env, docId} = reviewed();
    env.spreadsheet.sheet('数据').seed([[999]], 3, 2);
    env.drive.Comments.seed(docId, [
      {author: '王局长', content: '好', quote: `${QUOTE} & 更多`},
      {author: '王局长', content: '好', quote: QUOTE},
    ]);
    const result = pullComments(env.services);
    expect(result.textChanged).toBe(true);
    const rows = reviewRows(env);
    expect(cell(rows[0], '引用原文')).toBe(`${QUOTE} & 更多`);
    expect(cell(rows[0], '所在部分')).toBe('');
    expect(cell(rows[1], '所在部分')).toBe(SECTION);
  });
});
