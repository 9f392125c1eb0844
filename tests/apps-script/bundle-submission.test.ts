// 生成报送版 through the built Code.js in node:vm with the fakes: the menu item, the saved
// 报送 .docx with its red 版头, and the 报送-only errors that build nothing without a draft.

import {bundleLoader, callEntry} from '../helpers/apps-script-vm';
import {createFakeServices} from '../fakes/fake-environment';
import {DOC_MIME, DOCX_MIME} from '../fakes/fake-drive';
import {readDocxBytes} from '../helpers/read-docx';
import {SUBMISSION_SETTINGS} from '../helpers/submission-workbook';
import {sampleTabSeeds} from './sample-workbook-seeds';
import {submissionTabSeeds} from './submission-seeds';

const load = bundleLoader();

const call = callEntry;

describe('dist/Code.js 生成报送版', () => {
  it('offers 生成报送版 in the menu, after 生成报告', () => {
    const env = createFakeServices();
    call(load(env), 'onOpen');
    const labels = [...env.ui.menus[0].items().keys()];
    expect(labels.indexOf('生成报送版')).toBe(labels.indexOf('生成报告') + 1);
  });

  it('saves the 报送 .docx whose document.xml opens with the red 发文机关标志', () => {
    const env = createFakeServices({tabs: submissionTabSeeds()});
    call(load(env), 'generateSubmission');
    expect(env.console.errors).toEqual([]);
    expect(env.drive.files.filter(f => f.mimeType === DOC_MIME)).toHaveLength(
      0,
    );
    const docx = env.drive.files.filter(f => f.mimeType === DOCX_MIME);
    expect(docx).toHaveLength(1);
    const contents = readDocxBytes(docx[0].content!);
    const mark = String(SUBMISSION_SETTINGS.发文机关标志);
    expect(contents.paragraphs()[0]).toBe(mark);
    const xml = contents.files['word/document.xml'];
    const masthead = xml.split('</w:p>').find(p => p.includes(mark))!;
    expect(masthead).toContain('<w:color w:val="FF0000"/>');
    expect(xml).toContain(String(SUBMISSION_SETTINGS.发文字号));
    expect(env.ui.dialogs.map(d => d.title)).toEqual(['报送版已生成']);
  });

  it('lists the empty 发文机关标志 and 发文字号 and saves nothing when no draft is confirmed', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    env.ui.answerNext(env.ui.Button.NO);
    call(load(env), 'generateSubmission');
    expect(env.console.errors).toEqual([]);
    const [alert] = env.ui.alerts;
    expect(alert.prompt).toContain('生成报送版须填写“发文机关标志”');
    expect(alert.prompt).toContain('生成报送版须填写“发文字号”');
    expect(env.drive.files).toHaveLength(0);
    expect(env.spreadsheet.sheetNames()).not.toContain('生成记录');
  });
});
