// The built dist/Code.js evaluated in node:vm with ECMAScript built-ins and the fakes only,
// as Apps Script evaluates it: the menu, every handler a top-level function, 生成报告 end to end.

import {appsScriptContext, callEntry} from '../helpers/apps-script-vm';
import vm from 'vm';
import {menuHandlerNames} from '../../src/apps-script/ui/menu';
import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME, DOCX_MIME} from '../fakes/fake-drive';
import {readDocxBytes} from '../helpers/read-docx';
import {sampleTabSeeds} from './sample-workbook-seeds';
import {grantees, sharedEnvironment, versionFiles} from './share-environment';
import {buildAppsScriptBundle} from '../helpers/build-bundle';

let code = '';

beforeAll(() => {
  code = buildAppsScriptBundle();
});

const loadBundle = (env: FakeEnvironment): vm.Context =>
  appsScriptContext(code, env);

const call = callEntry;

describe('dist/Code.js in node:vm', () => {
  it('offers no Node or browser globals to the bundle', () => {
    const context = loadBundle(createFakeServices());
    for (const name of [
      'require',
      'Buffer',
      'TextEncoder',
      'btoa',
      'setTimeout',
      'process',
    ]) {
      expect([name, vm.runInContext(`typeof ${name}`, context)]).toEqual([
        name,
        'undefined',
      ]);
    }
  });

  it('builds no zip tables while it loads: fflate runs only when a run zips or unzips', () => {
    let arrays = 0;
    class CountingUint8Array extends Uint8Array {
      constructor(...args: ConstructorParameters<typeof Uint8Array>) {
        super(...args);
        arrays++;
      }
    }
    const context = vm.createContext({Uint8Array: CountingUint8Array});
    vm.runInContext(code, context, {filename: 'Code.js'});
    expect(arrays).toBe(0);
    vm.runInContext('FZ_CN(4)', context);
    expect(arrays).toBe(0);
    vm.runInContext('new Uint8Array(1)', context);
    expect(arrays).toBe(1);
  });

  it('calls no service while it loads', () => {
    const env = createFakeServices();
    loadBundle(env);
    expect(env.calls.count()).toBe(0);
  });

  it('builds the 法治报告 menu from onOpen', () => {
    const env = createFakeServices();
    call(loadBundle(env), 'onOpen');
    expect(env.ui.menus[0].caption).toBe('法治报告');
  });

  it('defines every menu handler as a top-level function', () => {
    const context = loadBundle(createFakeServices());
    for (const handler of menuHandlerNames()) {
      expect([handler, vm.runInContext(`typeof ${handler}`, context)]).toEqual([
        handler,
        'function',
      ]);
    }
  });

  it('sets up, loads the sample and generates the report end to end', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    const context = loadBundle(env);
    call(context, 'setupWorkbook');
    call(context, 'loadSampleData');
    const data = env.spreadsheet.sheet('数据');
    const values = data.getDataRange().getValues();
    const rowOf = (name: string) => values.findIndex(r => r[0] === name);
    // Sheets would compute =FZ_PERCENT(B5,B6) with the bundle's own custom function.
    const rateRow = rowOf('持证率') + 1;
    const formula = /^=FZ_PERCENT\(B(\d+),B(\d+)\)$/.exec(
      data.formulaAt(rateRow, 2) ?? '',
    );
    expect(formula).not.toBeNull();
    const cell = (row: string) => values[Number(row) - 1][1];
    const shown = vm.runInContext(
      `FZ_PERCENT(${JSON.stringify(cell(formula![1]))}, ${JSON.stringify(cell(formula![2]))})`,
      context,
    );
    expect(shown).toBe('80.8%');
    data.setComputed(rateRow, 2, shown);
    call(context, 'generateReport');
    expect(env.console.errors).toEqual([]);
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME);
    const docx = env.drive.files.find(f => f.mimeType === DOCX_MIME);
    expect(readDocxBytes(doc!.content!).paragraphs()).toEqual(
      documentParagraphs(buildReport(sampleWorkbookGrids()).document),
    );
    expect(docx).toBeDefined();
    call(context, 'openLatestReport');
    expect(env.ui.dialogs.map(d => d.title)).toEqual([
      '报告已生成',
      '最新报告',
    ]);
  });

  it('shows the help dialog', () => {
    const env = createFakeServices();
    call(loadBundle(env), 'showHelp');
    expect(env.ui.dialogs[0].title).toBe('法治报告 使用说明');
  });

  it('runs the daily trigger handler end to end and skips when nothing changed', () => {
    const env = createFakeServices({
      tabs: sampleTabSeeds(),
      uiAvailable: false,
    });
    const context = loadBundle(env);
    call(context, 'runAutoDraft');
    call(context, 'runAutoDraft');
    expect(env.drive.files.filter(f => f.mimeType === DOC_MIME)).toHaveLength(
      1,
    );
    expect(env.console.errors).toEqual([]);
  });

  it('installs the trigger from the menu and shows the state in the menu', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const context = loadBundle(env);
    call(context, 'enableAutoDrafts');
    expect(env.scriptApp.triggers.map(t => t.handler)).toEqual([
      'runAutoDraft',
    ]);
    call(context, 'onOpen');
    const labels = [...env.ui.menus[env.ui.menus.length - 1].items().keys()];
    expect(labels).toContain('关闭自动生成（clerk@example.org 已开启）');
  });

  it('shares the newest version with the reviewers through the menu handler', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn、li@hz.gov.cn');
    const context = loadBundle(env);
    env.ui.answerPromptNext({button: env.ui.Button.OK, text: '请审阅'});
    call(context, 'shareWithReviewers');
    const {doc, docx} = versionFiles(env);
    expect(grantees(env, doc)).toEqual([
      'zhang@hz.gov.cn:commenter',
      'li@hz.gov.cn:commenter',
    ]);
    expect(grantees(env, docx)).toHaveLength(2);
    expect(env.ui.alerts.map(a => a.title)).toEqual(['共享给审阅人']);
    expect(env.console.errors).toEqual([]);
  });

  it('pulls reviewers’ comments and exports the PDF through the menu handlers', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    const context = loadBundle(env);
    call(context, 'pullReviewComments');
    call(context, 'exportPdf');
    expect(env.console.errors).toEqual([]);
    expect(env.spreadsheet.sheetNames()).toContain('审阅意见');
    expect(env.drive.files.some(f => f.mimeType === 'application/pdf')).toBe(
      true,
    );
    const pdfDialog = env.ui.dialogs.find(d => d.title === '导出PDF');
    expect(pdfDialog?.content).toContain('由 Google 文档（审阅稿）导出');
    expect(pdfDialog?.content).toContain('报送请用公文 .docx');
  });

  it('runs 自检 end to end without TextEncoder or TextDecoder, zipping and unzipping in pure JS', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const context = loadBundle(env);
    expect(vm.runInContext('typeof TextDecoder', context)).toBe('undefined');
    call(context, 'selfCheck');
    expect(env.console.errors).toEqual([]);
    const tab = env.spreadsheet.snapshot().find(s => s.name === '自检')!;
    const results = new Map(tab.values.slice(1).map(r => [r[0], r[1]]));
    expect(results.get('往返：页面大小')).toBe('通过');
    expect(results.get('往返：行距')).toBe('通过');
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/^自检完成/);
  });

  it('shows why the last automatic draft failed once, at the next open', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const context = loadBundle(env);
    env.drive.failNext('create', new Error('Service unavailable'));
    call(context, 'runAutoDraft');
    call(context, 'onOpen');
    call(context, 'onOpen');
    const toasts = env.spreadsheet.toasts.map(t => t.message);
    expect(toasts.filter(t => t.includes('上次自动生成没有完成'))).toHaveLength(
      1,
    );
  });

  it('gives the sidebar a Chinese message when a finding’s tab is gone', () => {
    const context = loadBundle(createFakeServices({tabs: sampleTabSeeds()}));
    expect(() =>
      vm.runInContext('selectFindingCell("旧表", "B7")', context),
    ).toThrow(/找不到单元格 旧表!B7/);
  });

  it('still builds the menu when onOpen cannot read document properties', () => {
    const env = createFakeServices();
    env.propertiesService.getDocumentProperties = () => {
      throw new Error(
        'You do not have permission to call getDocumentProperties',
      );
    };
    call(loadBundle(env), 'onOpen');
    expect([...env.ui.menus[0].items().keys()]).toContain('开启自动生成');
    expect(env.console.errors[0]).toContain('could not read properties');
  });
});
