// 开始下一年度 through the fakes: the finished year kept as copies, the input tabs carried over
// as the core plans, and nothing changed on "no" or when a copy of that year exists.

import {startNextYear} from '../../src/apps-script/actions/start-next-year';
import {readSheetGrids} from '../../src/apps-script/sheets/read-sheet-grids';
import {nextYearMessage} from '../../src/apps-script/ui/next-year-dialogs';
import {buildReport} from '../../src/core/build-report';
import {carryOver} from '../../src/core/carry-over/carry-over';
import {planCarryOver} from '../../src/core/carry-over/carry-over-plan';
import {isReportInput} from '../../src/core/workbook/tab-names';
import {createFakeServices} from '../fakes/fake-environment';
import {emptySetting, sampleTabSeeds} from './sample-workbook-seeds';

const LOG_ROWS = [
  ['版本', '生成时间'],
  [1, '2025-02-05 14:03'],
];

function sampleEnv() {
  const env = createFakeServices({
    tabs: [...sampleTabSeeds(), {name: '生成记录', rows: LOG_ROWS}],
  });
  // A formula the clerk wrote in 数据 (its result seeded: the fake cannot compute).
  const data = env.spreadsheet.sheet('数据');
  data.seedFormula(2, 7, '=LEN(A2)', 3);
  return env;
}

const inputNames = (env: ReturnType<typeof sampleEnv>) =>
  env.spreadsheet.sheetNames().filter(isReportInput);

/** Values as the core reads them: '' and missing cells as null, trailing empties dropped. */
const trimmed = (grid: readonly (readonly unknown[])[]) => {
  const rows = grid.map(r => {
    const row = r.map(v => (v === '' || v === undefined ? null : v));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
};

describe('startNextYear', () => {
  it('keeps each input tab as "<tab>（2024年）", identical to the finished year, formulas too', () => {
    const env = sampleEnv();
    const before = new Map(env.spreadsheet.snapshot().map(s => [s.name, s]));
    const inputs = inputNames(env);
    env.ui.answerNext(env.ui.Button.YES);
    const outcome = startNextYear(env.services);
    expect(outcome.kind).toBe('carried');
    for (const name of inputs) {
      const copy = env.spreadsheet
        .snapshot()
        .find(s => s.name === `${name}（2024年）`);
      expect(copy).toEqual({...before.get(name), name: `${name}（2024年）`});
    }
    expect(env.spreadsheet.sheet('数据（2024年）').formulaAt(2, 7)).toBe(
      '=LEN(A2)',
    );
    // The copies come after every tab the clerk had, in tab order.
    expect(env.spreadsheet.sheetNames()).toEqual([
      ...before.keys(),
      ...inputs.map(n => `${n}（2024年）`),
    ]);
  });

  it('turns the input tabs into carryOver’s grids and leaves 生成记录 and untouched formulas alone', () => {
    const env = sampleEnv();
    const read = readSheetGrids(env.spreadsheet);
    const expected = carryOver(read.workbook);
    if (expected.kind !== 'carried') throw new Error('refused');
    const log = env.spreadsheet.snapshot().find(s => s.name === '生成记录');
    env.ui.answerNext(env.ui.Button.YES);
    startNextYear(env.services);
    for (const tab of expected.workbook.tabs.filter(t => isReportInput(t.name)))
      expect(
        trimmed(env.spreadsheet.sheet(tab.name).getDataRange().getValues()),
      ).toEqual(trimmed(tab.grid));
    expect(env.spreadsheet.snapshot().find(s => s.name === '生成记录')).toEqual(
      log,
    );
    expect(env.spreadsheet.sheet('数据').formulaAt(2, 7)).toBe('=LEN(A2)');
  });

  it('leaves a workbook the core reads as 2025, with the copies never read as parts', () => {
    const env = sampleEnv();
    env.ui.answerNext(env.ui.Button.YES);
    startNextYear(env.services);
    const after = readSheetGrids(env.spreadsheet).workbook;
    expect(after.tabs.map(t => t.name)).toEqual(inputNames(env));
    const build = buildReport(after);
    expect(build.settings.year?.value).toBe(2025);
    expect(build.findings.filter(f => f.code === 'tab-not-read')).toEqual([]);
  });

  it('changes nothing when the clerk says no', () => {
    const env = sampleEnv();
    const before = env.spreadsheet.snapshot();
    env.ui.answerNext(env.ui.Button.NO);
    expect(startNextYear(env.services)).toEqual({kind: 'declined'});
    expect(env.ui.alerts[0].prompt).toContain('数据（2024年）');
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.calls.count('Spreadsheet.insertSheet')).toBe(0);
    expect(env.calls.count('Range.setValues')).toBe(0);
  });

  it('changes nothing, without asking, when a copy of the finished year exists', () => {
    const env = sampleEnv();
    env.spreadsheet.seedTab({name: '导语（2024年）', rows: [['旧副本']]});
    const before = env.spreadsheet.snapshot();
    const outcome = startNextYear(env.services);
    expect(outcome).toEqual({kind: 'copies-exist', names: ['导语（2024年）']});
    expect(env.ui.alerts).toHaveLength(0);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(nextYearMessage(outcome)).toContain('导语（2024年）');
  });

  it('refuses without asking when 报告年度 is empty, naming the cell', () => {
    const env = sampleEnv();
    const row = emptySetting(env.spreadsheet, '报告年度');
    const before = env.spreadsheet.snapshot();
    const outcome = startNextYear(env.services);
    expect(outcome.kind).toBe('refused');
    expect(env.ui.alerts).toHaveLength(0);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(nextYearMessage(outcome)).toContain(`基本信息!B${row}`);
  });

  it('shows a rate carried to 上年数值 in its row’s 数值 format', () => {
    const env = sampleEnv();
    const data = env.spreadsheet.sheet('数据');
    const values = data.getDataRange().getValues();
    const row = values.findIndex(r => r[0] === '持证率') + 1;
    data.seedNumberFormats([['0.0%']], row, 2);
    data.getRange(row, 2, 1, 1).setValues([[0.808]]);
    env.ui.answerNext(env.ui.Button.YES);
    startNextYear(env.services);
    const header = data.getDataRange().getValues()[0];
    const previous = header.indexOf('上年数值') + 1;
    expect(data.cellAt(row, previous)).toMatchObject({
      value: 0.808,
      numberFormat: '0.0%',
    });
  });

  it('keeps a 正文 that begins like a formula as text in 上年正文', () => {
    const env = sampleEnv();
    const part = env.spreadsheet.sheet('一、举措成效');
    const header = part.getDataRange().getValues()[0];
    const text = header.indexOf('正文') + 1;
    part.seed([['=一是加强领导；二是完善制度。']], 3, text);
    env.ui.answerNext(env.ui.Button.YES);
    startNextYear(env.services);
    const previous = part.getDataRange().getValues()[0].indexOf('上年正文') + 1;
    expect(part.cellAt(3, previous)).toMatchObject({
      value: '=一是加强领导；二是完善制度。',
      formula: null,
    });
  });

  it('uses one insertSheet per input tab and one setValues per changed run (counts printed)', () => {
    const env = sampleEnv();
    const read = readSheetGrids(env.spreadsheet);
    const plan = planCarryOver(read.workbook, read.names);
    if (plan.kind !== 'planned') throw new Error(plan.kind);
    env.ui.answerNext(env.ui.Button.YES);
    env.calls.reset();
    startNextYear(env.services);
    const inputs = inputNames(env).length;
    expect(env.calls.count('Spreadsheet.insertSheet')).toBe(inputs);
    // One read per input tab, plus 生成记录 (readSheetGrids reads it for generation).
    expect(env.calls.count('Range.getValues')).toBe(inputs + 1);
    const counts = Object.fromEntries(env.calls.byMethod());
    console.log(`开始下一年度 on the sample: ${JSON.stringify(counts)}`);
    expect(env.calls.count('Range.setValues')).toBe(plan.runs.length);
    expect(env.calls.count('Range.setNumberFormats')).toBe(
      plan.runs.filter(r => r.formatsLike !== undefined).length,
    );
  });
});
