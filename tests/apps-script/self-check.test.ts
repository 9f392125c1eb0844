// 自检 against the fakes: the 自检 tab lists scopes, the Drive service, the address, triggers and
// a round trip through the fake's model of Google Docs; the test file is deleted afterwards.

import {
  runSelfCheck,
  selfCheckSummary,
} from '../../src/apps-script/actions/self-check';
import {enableAutoDraft} from '../../src/apps-script/actions/auto-draft';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));

const byItem = (rows: {item: string; result: string; note: string}[]) =>
  new Map(rows.map(r => [r.item, r]));

describe('自检', () => {
  it('writes 项目 · 结果 · 说明 to a 自检 tab and deletes its test file', () => {
    const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
    const rows = runSelfCheck(env.services, NOW);
    const tab = env.spreadsheet.snapshot().find(s => s.name === '自检')!;
    expect(tab.values[0]).toEqual(['项目', '结果', '说明']);
    expect(tab.values.slice(1)).toEqual(
      rows.map(r => [r.item, r.result, r.note]),
    );
    const items = byItem(rows);
    expect(items.get('账号')?.result).toBe('clerk@example.org');
    expect(items.get('授权范围')?.result).toBe('通过');
    expect(items.get('Drive 高级服务')?.result).toBe('通过');
    expect(items.get('往返：页面大小')?.result).toBe('通过');
    expect(items.get('往返：页边距')?.result).toBe('通过');
    expect(items.get('往返：页码')?.result).toBe('通过');
    expect(items.get('往返：文档网格（每页 22 行）')).toMatchObject({
      result: '有变化',
      note: '发送：579；返回：无',
    });
    expect(items.get('往返：字体')?.result).toBe('有变化');
    expect(items.get('往返：导出 PDF')?.result).toBe('通过');
    expect(items.get('清理测试文件')?.result).toBe('通过');
    expect(env.drive.files).toEqual([]);
    expect(selfCheckSummary(rows)).toMatch(/^自检完成：通过 \d+ 项/);
  });

  it('says which scopes are missing, that the address is hidden, and whose trigger runs', () => {
    const env = createFakeServices({tabs: sampleTabSeeds(), email: ''});
    enableAutoDraft(env.services, 18);
    env.scriptApp.grantedScopes = env.scriptApp.grantedScopes.filter(
      s => !s.endsWith('drive.file'),
    );
    const items = byItem(runSelfCheck(env.services, NOW));
    expect(items.get('授权范围')).toMatchObject({result: '失败'});
    expect(items.get('授权范围')?.note).toContain('drive.file');
    expect(items.get('账号')?.note).toContain('Google 未向脚本提供邮箱');
    expect(items.get('本账号的触发器')?.result).toBe('1');
  });

  it('runs without the Drive service and says the round trip did not run; a second run replaces the rows', () => {
    const env = createFakeServices({driveEnabled: false});
    runSelfCheck(env.services, NOW);
    const rows = runSelfCheck(env.services, NOW);
    expect(byItem(rows).get('往返测试')?.result).toBe('失败');
    const tab = env.spreadsheet.snapshot().find(s => s.name === '自检')!;
    expect(tab.values.slice(1)).toEqual(
      rows.map(r => [r.item, r.result, r.note]),
    );
  });

  it('records a failing export and still deletes the test file', () => {
    const env = createFakeServices();
    env.drive.failNext('export', new Error('Backend Error'));
    const items = byItem(runSelfCheck(env.services, NOW));
    expect(items.get('往返：页面大小')).toMatchObject({
      result: '失败',
      note: '出错：Backend Error',
    });
    expect(items.get('清理测试文件')?.result).toBe('通过');
    expect(env.drive.files).toEqual([]);
  });

  it('checks on a tab with data whether getSheetValues(1, 1, -1, -1) reads what getDataRange reads', () => {
    const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
    const first = sampleTabSeeds()[0];
    const items = byItem(runSelfCheck(env.services, NOW));
    expect(items.get('整表一次读取（getSheetValues）')).toEqual({
      item: '整表一次读取（getSheetValues）',
      result: '通过',
      note: `与 getDataRange 读出的“${first.name}”一致（${first.rows!.length} 行 × ${first.rows![0].length} 列）：生成报告可改为每张工作表少一次调用。`,
    });
  });

  it('says the generation keeps getDataRange when getSheetValues refuses -1 or reads something else', () => {
    const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
    const sheet = env.spreadsheet.sheet(sampleTabSeeds()[0].name);
    sheet.getSheetValues = () => {
      throw new Error('The number of rows in the range must be at least 1.');
    };
    const refused = byItem(runSelfCheck(env.services, NOW)).get(
      '整表一次读取（getSheetValues）',
    );
    expect(refused).toMatchObject({result: '注意'});
    expect(refused?.note).toContain('must be at least 1');
    sheet.getSheetValues = () => [['只有最后一行']];
    const other = byItem(runSelfCheck(env.services, NOW)).get(
      '整表一次读取（getSheetValues）',
    );
    expect(other).toMatchObject({result: '注意'});
    expect(other?.note).toContain('1×1 / ');
    expect(other?.note).toContain('继续用 getDataRange');
  });
});
