// What one 生成报告 costs in Apps Script calls, per method: each tab read once, each section row
// with text asked once whether it is hidden (Sheets has no batch read of hidden rows within
// spreadsheets.currentonly), and a fixed number of calls for everything else, whatever the size.

import {generateReport} from '../../src/apps-script/actions/generate-report';
import {generateSubmission} from '../../src/apps-script/actions/generate-submission';
import {validateWorkbook} from '../../src/apps-script/actions/validate-workbook';
import {LOG_COLUMNS} from '../../src/core/workbook/schema';
import {sectionPart} from '../../src/core/workbook/tab-names';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {FakeSheet} from '../fakes/fake-sheet';
import type {TabSeed} from '../fakes/fake-spreadsheet';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));

/** The sample with every section tab's body repeated `times` times. */
function seeds(times: number): TabSeed[] {
  return sampleTabSeeds().map(tab => {
    if (sectionPart(tab.name) === undefined || !tab.rows) return tab;
    const [header, ...body] = tab.rows;
    const rows = [header, ...Array.from({length: times}, () => body).flat()];
    return {...tab, rows, maxRows: rows.length + 10};
  });
}

function environment(times = 1): FakeEnvironment {
  return createFakeServices({tabs: seeds(times), now: () => NOW});
}

/** Section rows below the header holding any text: the rows asked whether they are hidden. */
function sectionRowsWithText(tabs: readonly TabSeed[]): number {
  return tabs
    .filter(t => sectionPart(t.name) !== undefined)
    .reduce(
      (n, t) =>
        n + (t.rows ?? []).slice(1).filter(r => r.some(v => v !== '')).length,
      0,
    );
}

/** A second generation: 生成记录 and the clerk's output folder exist (the usual click). */
function repeatCalls(env: FakeEnvironment): Map<string, number> {
  generateReport(env.services, NOW);
  env.calls.reset();
  generateReport(env.services, NOW);
  return env.calls.byMethod();
}

const without = (calls: Map<string, number>, method: string) =>
  [...calls].filter(([m]) => m !== method);

describe('calls of one 生成报告', () => {
  it('spends on a repeat generation three calls per tab, one per section row with text and 26 more', () => {
    const env = environment();
    const calls = repeatCalls(env);
    const tabs = env.spreadsheet.sheetNames().length;
    const hidden = sectionRowsWithText(seeds(1));
    expect(Object.fromEntries(calls)).toEqual({
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.toast': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getName': tabs,
      'Sheet.getDataRange': tabs,
      'Range.getValues': tabs,
      'Range.getNumberFormats': 1,
      'Sheet.isRowHiddenByUser': hidden,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      'Utilities.formatDate': 1,
      'Session.getActiveUser': 1,
      'User.getEmail': 1,
      // The 进行中 row (formats, values) and its completion: no getMaxRows, no getLastRow.
      'Sheet.getRange': 1,
      'Range.setNumberFormats': 1,
      'Range.setValues': 2,
      'PropertiesService.getUserProperties': 1,
      'Properties.getProperty': 1,
      'Utilities.newBlob': 2,
      'Drive.Files.create': 2,
      'HtmlService.createHtmlOutput': 1,
      'HtmlOutput.setWidth': 1,
      'HtmlOutput.setHeight': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.showModalDialog': 1,
      'Lock.releaseLock': 1,
    });
    const total = [...calls.values()].reduce((a, b) => a + b, 0);
    expect(total - hidden - 3 * tabs).toBe(26);
  });

  it('asks only about hidden rows more when the sections grow; every other count stays the same', () => {
    const small = repeatCalls(environment(1));
    const large = repeatCalls(environment(4));
    expect(without(large, 'Sheet.isRowHiddenByUser')).toEqual(
      without(small, 'Sheet.isRowHiddenByUser'),
    );
    expect(large.get('Sheet.isRowHiddenByUser')).toBe(
      sectionRowsWithText(seeds(4)),
    );
    expect(large.get('Sheet.isRowHiddenByUser')).toBe(
      4 * small.get('Sheet.isRowHiddenByUser')!,
    );
  });

  it('lists the tabs once on the first generation and creates 生成记录 without looking for it again', () => {
    const env = environment();
    generateReport(env.services, NOW);
    const tabsBefore = env.spreadsheet.sheetNames().length - 1;
    // One listing to read, one inside insertScriptTab to add the log last; names asked once.
    expect(env.calls.count('Spreadsheet.getSheets')).toBe(2);
    expect(env.calls.count('Sheet.getName')).toBe(tabsBefore);
    expect(env.calls.count('Sheet.getLastRow')).toBe(0);
    expect(env.calls.count('Sheet.getMaxRows')).toBe(0);
    expect(
      env.spreadsheet.sheet('生成记录').getDataRange().getValues(),
    ).toEqual([[...LOG_COLUMNS], expect.arrayContaining(['v1', '成功'])]);
  });
});

describe('hidden rows within one run', () => {
  /** Every (sheet, row) asked during `run`, in order. */
  function askedRows(run: () => unknown): [FakeSheet, number][] {
    const spy = jest.spyOn(FakeSheet.prototype, 'isRowHiddenByUser');
    try {
      run();
      return spy.mock.calls.map(
        (args, i) => [spy.mock.contexts[i] as FakeSheet, args[0]] as const,
      ) as [FakeSheet, number][];
    } finally {
      spy.mockRestore();
    }
  }

  const runs: [string, (env: FakeEnvironment) => unknown][] = [
    ['生成报告', env => generateReport(env.services, NOW)],
    [
      '生成报送版 (a draft: the sample has no 版头)',
      env => {
        env.ui.answerNext(env.ui.Button.YES);
        return generateSubmission(env.services, NOW);
      },
    ],
    ['校验全部', env => validateWorkbook(env.services, {kind: 'all'})],
  ];

  it.each(runs)('asks about each row at most once in %s', (_name, run) => {
    const env = environment();
    const asked = askedRows(() => run(env));
    expect(asked.length).toBe(sectionRowsWithText(seeds(1)));
    const bySheet = new Map<FakeSheet, number[]>();
    for (const [sheet, row] of asked)
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), row]);
    for (const rows of bySheet.values())
      expect(new Set(rows).size).toBe(rows.length);
  });
});
