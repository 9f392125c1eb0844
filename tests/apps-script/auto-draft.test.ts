// Automatic drafts: one daily trigger, builds only when the data changed, shares the manual
// run's lock, and reports a failure at the next open.

import {
  autoDraftState,
  disableAutoDraft,
  enableAutoDraft,
  runAutoDraft,
  takeAutoDraftFailure,
} from '../../src/apps-script/actions/auto-draft';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {addMenu} from '../../src/apps-script/ui/menu';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 10, 0, 0));

function docs(env: FakeEnvironment) {
  return env.drive.files.filter(f => f.mimeType === DOC_MIME);
}

describe('automatic drafts', () => {
  it('installs one daily trigger at the chosen hour, even when switched on twice', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    enableAutoDraft(env.services, 18);
    enableAutoDraft(env.services, 7);
    expect(env.scriptApp.triggers.map(t => [t.handler, t.schedule])).toEqual([
      ['runAutoDraft', {everyDays: 1, hour: 7, timezone: 'Asia/Shanghai'}],
    ]);
    expect(autoDraftState(env.properties).on).toBe(true);
  });

  it('removes every trigger it installed when switched off', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    enableAutoDraft(env.services, 18);
    expect(disableAutoDraft(env.services)).toBe(1);
    expect(env.scriptApp.triggers).toEqual([]);
    expect(disableAutoDraft(env.services)).toBe(0);
    expect(autoDraftState(env.properties).on).toBe(false);
  });

  it('shows in the menu whether automatic drafts are on', () => {
    const env = createFakeServices();
    addMenu(env.services.SpreadsheetApp, true);
    addMenu(env.services.SpreadsheetApp, false);
    expect([...env.ui.menus[0].items().keys()]).toContain(
      '关闭自动生成（已开启）',
    );
    expect([...env.ui.menus[1].items().keys()]).toContain('开启自动生成');
  });

  it('names in the menu whose trigger it is', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    addMenu(env.services.SpreadsheetApp, enableAutoDraft(env.services, 18));
    expect([...env.ui.menus[0].items().keys()]).toContain(
      '关闭自动生成（clerk@example.org 已开启）',
    );
  });

  it('lets only the clerk who switched it on switch it off, and never says off while their trigger runs', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    enableAutoDraft(env.services, 18);
    env.runAs('li@example.org');
    expect(env.services.ScriptApp.getProjectTriggers()).toEqual([]);
    for (const change of [
      () => disableAutoDraft(env.services),
      () => enableAutoDraft(env.services, 7),
    ])
      expect(change).toThrow(
        expect.objectContaining({
          code: 'auto-draft-owned',
          params: {owner: 'clerk@example.org'},
        }),
      );
    expect(autoDraftState(env.properties).on).toBe(true);
    expect(env.scriptApp.triggers.map(t => [t.owner, t.schedule.hour])).toEqual(
      [['clerk@example.org', 18]],
    );
    env.runAs('clerk@example.org');
    expect(disableAutoDraft(env.services)).toBe(1);
    expect(autoDraftState(env.properties).on).toBe(false);
    env.runAs('li@example.org');
    enableAutoDraft(env.services, 7);
    expect(env.scriptApp.triggers.map(t => t.owner)).toEqual([
      'li@example.org',
    ]);
  });

  it('recognises its own trigger when Apps Script hides the owner’s address', () => {
    const env = createFakeServices({tabs: sampleTabSeeds(), email: ''});
    expect(enableAutoDraft(env.services, 18)).toEqual({on: true, owner: ''});
    env.runAs('li@example.org');
    expect(() => disableAutoDraft(env.services)).toThrow(
      expect.objectContaining({params: {owner: '另一位用户（邮箱未公开）'}}),
    );
    env.runAs('clerk@example.org', {emailVisible: false});
    expect(disableAutoDraft(env.services)).toBe(1);
  });

  it('builds a first version without any UI', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    expect(runAutoDraft(env.services, NOW)).toBe('generated');
    expect(docs(env)).toHaveLength(1);
    expect(env.spreadsheet.toasts).toEqual([]);
  });

  it('stops after reading and comparing when the data has not changed', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    runAutoDraft(env.services, NOW);
    env.calls.reset();
    expect(runAutoDraft(env.services, NOW)).toBe('unchanged');
    expect(docs(env)).toHaveLength(1);
    const writes = env.calls
      .sequence()
      .filter(
        c => /set|create|insert|append/i.test(c) && !c.startsWith('Lock'),
      );
    expect(writes).toEqual([]);
  });

  it('builds a new version when a figure changed', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    runAutoDraft(env.services, NOW);
    env.spreadsheet.sheet('数据').seed([[462]], 17, 2);
    env.spreadsheet.sheet('数据').seed([[316]], 18, 2);
    expect(runAutoDraft(env.services, NOW)).toBe('generated');
    expect(docs(env).map(d => d.name.split(' ')[1])).toEqual(['v1', 'v2']);
  });

  it('builds a workbook with errors as a draft marked 有错误, without asking', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    env.spreadsheet.sheet('数据').seed([['很多']], 17, 2);
    expect(runAutoDraft(env.services, NOW)).toBe('generated');
    expect(docs(env)[0].name).toContain('有错误');
  });

  it('never overlaps a manual run: it skips while the lock is held', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    env.lock.holdByOther();
    expect(runAutoDraft(env.services, NOW)).toBe('busy');
    expect(docs(env)).toHaveLength(0);
    expect(takeAutoDraftFailure(env.properties)).toBeNull();
  });

  it('logs a skipped draft in 生成记录 and the console instead of skipping silently', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    env.lock.holdByOther();
    runAutoDraft(env.services, NOW);
    const log = env.spreadsheet.sheet('生成记录').getDataRange().getValues();
    expect(log).toHaveLength(2);
    expect(log[1][2]).toBe('');
    expect(String(log[1][8])).toBe(
      '自动生成跳过：其他人正在生成或拉取审阅意见',
    );
    expect(env.console.logs.join('\n')).toContain('skipped');
  });

  it('uses the script lock when Apps Script gives no document lock, and still skips while it is held', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
      documentLockAvailable: false,
    });
    env.lock.holdByOther('script');
    expect(runAutoDraft(env.services, NOW)).toBe('busy');
    env.lock.releaseOther('script');
    expect(runAutoDraft(env.services, NOW)).toBe('generated');
    expect(env.calls.count('LockService.getScriptLock')).toBe(2);
    expect(env.lock.isHeld('script')).toBe(false);
  });

  it('logs a failure and keeps it to show once at the next open', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    env.drive.failNext('create', new Error('Service unavailable'));
    expect(runAutoDraft(env.services, NOW)).toBe('failed');
    const log = env.spreadsheet.sheet('生成记录').getDataRange().getValues();
    expect(String(log[1][8])).toContain('Service unavailable');
    expect(takeAutoDraftFailure(env.properties)).toContain('drive-failed');
    expect(takeAutoDraftFailure(env.properties)).toBeNull();
  });

  it('lets a manual run after an automatic one continue the version numbers', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    runAutoDraft(env.services, NOW);
    generateReport(env.services, NOW);
    expect(docs(env).map(d => d.name.split(' ')[1])).toEqual(['v1', 'v2']);
  });
});
