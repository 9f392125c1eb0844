// 载入示例数据: fills empty tabs, asks before replacing data, changes nothing on "no".

import {loadSample} from '../../src/apps-script/actions/load-sample';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {setupWorkbook} from '../../src/apps-script/actions/setup-workbook';
import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import {createFakeServices} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {readDocxBytes} from '../helpers/read-docx';

describe('loadSample', () => {
  it('writes the sample into a new workbook without asking, 持证率 as =FZ_PERCENT of two cells', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    expect(loadSample(env.services)).toBe('loaded');
    expect(env.ui.alerts).toHaveLength(0);
    const data = env.spreadsheet.sheet('数据');
    const names = data
      .getDataRange()
      .getValues()
      .map(r => r[0]);
    const row = names.indexOf('持证率') + 1;
    expect(data.formulaAt(row, 2)).toMatch(/^=FZ_PERCENT\(B\d+,B\d+\)$/);
    const settings = env.spreadsheet
      .sheet('基本信息')
      .getDataRange()
      .getValues();
    expect(settings.find(r => r[0] === '单位名称')?.[1]).toBe('古荡街道');
  });

  it('gives the command line’s report once Sheets has computed the formula', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    loadSample(env.services);
    const data = env.spreadsheet.sheet('数据');
    const values = data.getDataRange().getValues();
    const rowOf = (name: string) => values.findIndex(r => r[0] === name);
    // What =FZ_PERCENT(持证人数, 应持证人数) shows once Sheets has computed it.
    data.setComputed(rowOf('持证率') + 1, 2, '80.8%');
    generateReport(env.services, new Date(2025, 1, 5));
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    expect(readDocxBytes(doc.content!).paragraphs()).toEqual(
      documentParagraphs(buildReport(sampleWorkbookGrids()).document),
    );
  });

  it('asks before replacing data and changes nothing when the clerk says no', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    setupWorkbook(env.services);
    env.spreadsheet.sheet('数据').seed([['立案数', 500, '件']], 2, 1);
    const before = env.spreadsheet.snapshot();
    env.ui.answerNext(env.ui.Button.NO);
    expect(loadSample(env.services)).toBe('declined');
    expect(env.ui.alerts[0].prompt).toContain('数据');
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('changes nothing at all on "no", not even creating missing tabs', () => {
    const env = createFakeServices({
      tabs: [{name: '数据', rows: [['指标'], ['立案数']]}],
    });
    const before = env.spreadsheet.snapshot();
    env.ui.answerNext(env.ui.Button.NO);
    loadSample(env.services);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.spreadsheet.sheetNames()).toEqual(['数据']);
  });

  it('replaces the data when the clerk says yes', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    setupWorkbook(env.services);
    env.spreadsheet.sheet('数据').seed([['立案数', 500, '件']], 2, 1);
    env.ui.answerNext(env.ui.Button.YES);
    expect(loadSample(env.services)).toBe('loaded');
    expect(
      env.spreadsheet.sheet('数据').getRange(2, 1, 1, 1).getValues()[0][0],
    ).toBe('法制审查员人数');
  });
});
