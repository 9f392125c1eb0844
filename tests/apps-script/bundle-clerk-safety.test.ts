// Nothing a clerk wrote is lost, end to end through the built dist/Code.js in node:vm with the
// fakes: words in a mark note, the clerk's formulas and text in 审阅意见, text in 生成记录,
// versions under failures and one output folder while Drive is busy.

import {bundleLoader, callEntry} from '../helpers/apps-script-vm';
import vm from 'vm';
import {createFakeServices} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {logRows, outputFolders} from './generation-outcomes';
import {sampleTabSeeds} from './sample-workbook-seeds';

const load = bundleLoader();

const call = callEntry;

const sample = () => createFakeServices({tabs: sampleTabSeeds()});

describe('dist/Code.js keeps what the clerk wrote', () => {
  it('keeps words added to a mark note through 校验全部, onEdit and 清除校验标记', () => {
    const env = sample();
    const context = load(env);
    const data = env.spreadsheet.sheet('数据');
    data.seed([['很多']], 17, 2);
    call(context, 'validateAll');
    const cell = data.getRange(17, 2, 1, 1);
    cell.setNote(`${data.cellAt(17, 2).note}\n已问过统计科`);
    call(context, 'validateAll');
    context.e = {range: cell};
    vm.runInContext('onEdit(e)', context);
    expect(data.cellAt(17, 2).note).toContain('已问过统计科');
    call(context, 'clearMarks');
    expect(data.cellAt(17, 2).note).toBe('已问过统计科');
    expect(env.console.errors).toEqual([]);
  });

  it('pulls a thread longer than a cell cut with a marker, "007" as text, the clerk’s formula kept', () => {
    const env = sample();
    const context = load(env);
    call(context, 'generateReport');
    const docId = env.drive.files.find(f => f.mimeType === DOC_MIME)!.id;
    const long = '回'.repeat(30000);
    const [first] = env.drive.Comments.seed(docId, [
      {
        author: '007',
        content: '意见',
        replies: [
          {author: '甲', content: long},
          {author: '乙', content: long},
        ],
      },
    ]);
    call(context, 'pullReviewComments');
    const tab = env.spreadsheet.sheet('审阅意见');
    const row = tab.getRange(2, 1, 1, 10).getValues()[0];
    expect(row[2]).toBe('007');
    const replies = String(row[7]);
    const marker = '…（以下省略，共60005字，请在文档中查看）';
    expect([replies.length, replies.slice(-marker.length)]).toEqual([
      50000,
      marker,
    ]);
    tab.seedFormula(2, 10, '=IF(I2="是","已办","待办")', '待办');
    env.drive.Comments.resolve(docId, first, '王局长');
    call(context, 'pullReviewComments');
    expect(tab.formulaAt(2, 10)).toBe('=IF(I2="是","已办","待办")');
    expect(tab.cellAt(2, 9).value).toBe('是');
    expect(env.console.errors).toEqual([]);
  });

  it('keeps 生成时间 as text, and never reuses a version when the completing write fails', () => {
    const env = sample();
    const context = load(env);
    call(context, 'generateReport');
    const log = env.spreadsheet.sheet('生成记录');
    expect(String(logRows(env)[0][0])).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
    );
    expect(log.cellAt(2, 8).numberFormat).toBe('@');
    log.failNextSetValues(new Error('Service unavailable'), 1);
    call(context, 'generateReport');
    expect(env.ui.alerts.map(a => a.prompt).pop()).toContain('第 v2 版');
    call(context, 'generateReport');
    expect(logRows(env).map(r => [r[2], r[8]])).toEqual([
      ['v1', '成功'],
      ['v2', '进行中'],
      ['v3', '成功'],
    ]);
  });

  it('retries a busy Drive with Utilities.sleep and never makes a second output folder', () => {
    const env = sample();
    const context = load(env);
    call(context, 'generateReport');
    // As a workbook from before per-clerk folders: the id only in document properties.
    const user = env.propertiesService.userProperties(env.accounts.current);
    const id = user.entries()['fazhi.outputFolderId'];
    user.clear();
    env.properties.seed('fazhi.outputFolderId', id);
    const busy = () => new Error('Service unavailable');
    for (let i = 0; i < 4; i++) env.drive.failNext('get', busy());
    call(context, 'generateReport');
    expect(env.ui.alerts.map(a => a.prompt).pop()).toContain(
      '云端硬盘暂时无法访问',
    );
    expect(env.utilities.sleeps).toEqual([1000, 2000, 4000]);
    env.drive.failNext('get', busy());
    call(context, 'generateReport');
    expect(outputFolders(env)).toHaveLength(1);
    expect(logRows(env).map(r => r[2])).toEqual(['v1', 'v2', 'v3']);
  });
});
