// 生成报告 warns, never blocks, when rows are not 已完成: its dialogs name the 负责科室.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {sectionPart} from '../../src/core/workbook/tab-names';
import {createFakeServices} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import {emptySetting, sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(2025, 1, 5, 14, 3);
const PART = '一、举措成效';

/**
 * The sample with every row of every part 已完成, then 负责科室 and 状态 set on the first rows
 * of one part.
 */
function envWithStatuses(rows: readonly [string, string][]) {
  const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
  for (const name of env.spreadsheet
    .sheetNames()
    .filter(n => sectionPart(n) !== undefined)) {
    const sheet = env.spreadsheet.sheet(name);
    const values = sheet.getDataRange().getValues();
    const status = values[0].indexOf('状态') + 1;
    sheet.seed(
      values.slice(1).map(() => ['已完成']),
      2,
      status,
    );
  }
  const sheet = env.spreadsheet.sheet(PART);
  const header = sheet.getDataRange().getValues()[0];
  const office = header.indexOf('负责科室') + 1;
  const status = header.indexOf('状态') + 1;
  rows.forEach(([o, s], i) => {
    sheet.getRange(2 + i, office, 1, 1).setValues([[o]]);
    sheet.getRange(2 + i, status, 1, 1).setValues([[s]]);
  });
  return env;
}

describe('生成报告 with unfinished rows', () => {
  it('names each office with unfinished rows in the closing dialog, and still generates', () => {
    const env = envWithStatuses([
      ['执法队', '填写中'],
      ['司法所', '待审核'],
      ['执法队', '待更新'],
    ]);
    generateReport(env.services, NOW);
    expect(env.drive.files.some(f => f.mimeType === DOC_MIME)).toBe(true);
    const dialog = env.ui.dialogs[0];
    expect(dialog.title).toBe('报告已生成');
    expect(dialog.content).toContain('执法队 2 行、司法所 1 行');
  });

  it('says nothing about offices when every row is 已完成', () => {
    const env = envWithStatuses([]);
    generateReport(env.services, NOW);
    expect(env.ui.dialogs[0].content).not.toContain('仍会写入报告');
  });

  it('counts unfinished rows that name no office apart', () => {
    const env = envWithStatuses([
      ['', '填写中'],
      ['党政办', '待填写'],
    ]);
    generateReport(env.services, NOW);
    expect(env.ui.dialogs[0].content).toContain(
      '党政办 1 行；1 行未填负责科室',
    );
  });

  it('adds the line to the draft question when there are errors too', () => {
    const env = envWithStatuses([['司法所', '填写中']]);
    // An error: 报告年度 emptied.
    emptySetting(env.spreadsheet, '报告年度');
    env.ui.answerNext(env.ui.Button.NO);
    generateReport(env.services, NOW);
    expect(env.ui.alerts[0].prompt).toMatch(
      /司法所 1 行[\s\S]*是否仍生成一份草稿/,
    );
  });
});
