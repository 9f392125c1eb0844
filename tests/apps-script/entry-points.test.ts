// The error boundary, the menu and 打开最新报告.

import {addMenu} from '../../src/apps-script/ui/menu';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {openLatestReport} from '../../src/apps-script/actions/open-latest';
import {showVersionList} from '../../src/apps-script/actions/version-list';
import {AppError} from '../../src/apps-script/services/app-error';
import {runEntry} from '../../src/apps-script/ui/run-entry';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

describe('the 法治报告 menu', () => {
  it('lists setup, sample, validation, generation (报告 and 报送版), the latest report, progress, next year, automatic drafts and help', () => {
    const env = createFakeServices();
    addMenu(env.services.SpreadsheetApp);
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.menus[0].caption).toBe('法治报告');
    expect([...env.ui.menus[0].items().keys()]).toEqual([
      '初始化工作簿',
      '载入示例数据',
      '校验全部',
      '校验当前工作表',
      '清除校验标记',
      '生成报告',
      '生成报送版',
      '打开最新报告',
      '版本列表',
      '填报进度',
      '开始下一年度',
      '共享给审阅人',
      '拉取审阅意见',
      '导出PDF',
      '开启自动生成',
      '自检',
      '帮助',
    ]);
  });
});

describe('runEntry', () => {
  it('shows a known error as its Chinese message and logs nothing', () => {
    const env = createFakeServices();
    runEntry('x', env.services, () => {
      throw new AppError('busy', {});
    });
    expect(env.ui.alerts[0].prompt).toBe(
      '正在生成报告，请稍候。其他人正在生成时请勿重复点击。',
    );
    expect(env.console.errors).toHaveLength(0);
  });

  it('shows an unknown error as a generic message and logs an English line with the stack', () => {
    const env = createFakeServices();
    runEntry('generateReport', env.services, () => {
      throw new TypeError('boom');
    });
    expect(env.ui.alerts[0].prompt).toContain('程序内部出错');
    expect(env.ui.alerts[0].prompt).not.toContain('boom');
    expect(env.console.errors[0]).toContain(
      'fazhi-report: generateReport failed: TypeError: boom',
    );
  });
});

describe('showVersionList', () => {
  it('lists every version newest first with both links, escaped', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    generateReport(env.services, new Date(2025, 1, 5));
    generateReport(env.services, new Date(2025, 1, 6));
    env.ui.dialogs.length = 0;
    expect(showVersionList(env.services)).toBe(2);
    const content = env.ui.dialogs[0].content;
    expect(content.indexOf('v2')).toBeLessThan(content.indexOf('v1'));
    for (const file of env.drive.files.filter(
      f => f.mimeType !== 'application/vnd.google-apps.folder',
    )) {
      expect(content).toContain(file.webViewLink);
    }
  });
});

describe('openLatestReport', () => {
  it('says no report exists yet before the first generation', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    expect(() => openLatestReport(env.services)).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
  });

  it('links the newest version from 生成记录', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    generateReport(env.services, new Date(2025, 1, 5));
    generateReport(env.services, new Date(2025, 1, 6));
    env.ui.dialogs.length = 0;
    openLatestReport(env.services);
    expect(env.ui.dialogs[0].title).toBe('最新报告');
    expect(env.ui.dialogs[0].content).toContain('第 v2 版');
    const newest = env.drive.files.filter(
      f => f.mimeType === 'application/vnd.google-apps.document',
    )[1];
    expect(env.ui.dialogs[0].content).toContain(newest.webViewLink);
  });
});
