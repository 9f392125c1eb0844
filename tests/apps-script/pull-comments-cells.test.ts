// 拉取审阅意见 and what Sheets does to cells: a reply thread longer than a cell is cut with a
// marker (the fake throws past 50,000 characters as Sheets does), number-like text stays text,
// and the clerk's formulas in 处理情况 and in columns of their own stay formulas.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {pullComments} from '../../src/apps-script/actions/pull-comments';
import {REVIEW_COLUMNS} from '../../src/core/workbook/schema';
import {createFakeServices} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
const at = (header: (typeof REVIEW_COLUMNS)[number]) =>
  REVIEW_COLUMNS.indexOf(header) + 1;

function reviewed() {
  const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
  generateReport(env.services, NOW);
  const docId = env.drive.files.find(f => f.mimeType === DOC_MIME)!.id;
  return {env, docId};
}

describe('pullComments and cell limits', () => {
  it('cuts a reply thread longer than a cell with a marker and still writes every comment', () => {
    const {env, docId} = reviewed();
    const long = '很长的回复'.repeat(3000); // 15,000 characters a reply
    env.drive.Comments.seed(docId, [
      {
        author: '王局长',
        content: '意见一',
        replies: [1, 2, 3, 4].map(() => ({author: '李科长', content: long})),
      },
      {author: '赵主任', content: '意见二'},
    ]);
    const result = pullComments(env.services);
    expect(result.added).toBe(2);
    const tab = env.spreadsheet.sheet('审阅意见');
    const replies = String(tab.cellAt(2, at('回复')).value);
    expect(replies.length).toBeLessThanOrEqual(50000);
    expect(replies).toMatch(/…（以下省略，共\d+字，请在文档中查看）$/);
    const total = Number(/共(\d+)字/.exec(replies)![1]);
    expect(total).toBe(4 * ('李科长：'.length + long.length) + 3);
    expect(replies.startsWith(`李科长：${long.slice(0, 100)}`)).toBe(true);
    expect(tab.cellAt(3, at('意见')).value).toBe('意见二');
  });

  it('keeps number- and date-like comment text as written', () => {
    const {env, docId} = reviewed();
    env.drive.Comments.seed(docId, [
      {
        author: '007',
        content: '1e5',
        replies: [{author: '李科长', content: '80%'}],
      },
      {author: '赵主任', content: '2025-02-05'},
    ]);
    pullComments(env.services);
    const tab = env.spreadsheet.sheet('审阅意见');
    expect(tab.cellAt(2, at('作者')).value).toBe('007');
    expect(tab.cellAt(2, at('意见')).value).toBe('1e5');
    expect(tab.cellAt(2, at('回复')).value).toBe('李科长：80%');
    expect(tab.cellAt(3, at('意见')).value).toBe('2025-02-05');
    expect(tab.cellAt(2, at('时间')).value).toBeInstanceOf(Date);
  });

  it('leaves the clerk’s formulas in 处理情况 and in a column of their own as formulas on a later pull', () => {
    const {env, docId} = reviewed();
    const [a, , c] = env.drive.Comments.seed(docId, [
      {author: '王局长', content: '意见一'},
      {author: '赵主任', content: '意见二'},
      {author: '钱处长', content: '意见三'},
    ]);
    pullComments(env.services);
    const tab = env.spreadsheet.sheet('审阅意见');
    tab.seed([['负责人']], 1, 11);
    for (const row of [2, 3, 4]) {
      tab.seedFormula(
        row,
        at('处理情况'),
        `=IF(I${row}="是","已办","待办")`,
        '待办',
      );
      tab.seedFormula(row, 11, `=VLOOKUP(C${row},人员!A:B,2,FALSE)`, '张三');
    }
    env.drive.Comments.resolve(docId, a, '王局长');
    env.drive.Comments.resolve(docId, c, '钱处长');
    const result = pullComments(env.services);
    expect(result.updated).toBe(2);
    for (const row of [2, 3, 4]) {
      expect(tab.formulaAt(row, at('处理情况'))).toBe(
        `=IF(I${row}="是","已办","待办")`,
      );
      expect(tab.formulaAt(row, 11)).toBe(`=VLOOKUP(C${row},人员!A:B,2,FALSE)`);
    }
    expect(tab.cellAt(2, at('是否已解决')).value).toBe('是');
    expect(tab.cellAt(3, at('是否已解决')).value).toBe('否');
  });
});
