import {CallLog} from '../../fakes/call-log';
import {createFakeServices} from '../../fakes/fake-environment';

describe('CallLog', () => {
  it('counts calls per method and in total', () => {
    const calls = new CallLog();
    calls.record('Range.getValues');
    calls.record('Range.getValues');
    calls.record('Sheet.getName');
    expect(calls.count()).toBe(3);
    expect(calls.count('Range.getValues')).toBe(2);
    expect(calls.count('Utilities.zip')).toBe(0);
    expect(calls.byMethod()).toEqual(
      new Map([
        ['Range.getValues', 2],
        ['Sheet.getName', 1],
      ]),
    );
    expect(calls.sequence()).toEqual([
      'Range.getValues',
      'Range.getValues',
      'Sheet.getName',
    ]);
  });

  it('forgets every call on reset', () => {
    const calls = new CallLog();
    calls.record('Spreadsheet.toast');
    calls.reset();
    expect(calls.count()).toBe(0);
    expect(calls.byMethod().size).toBe(0);
    expect(calls.sequence()).toEqual([]);
  });

  it('hands out copies that later calls do not change', () => {
    const calls = new CallLog();
    calls.record('Sheet.getName');
    const counts = calls.byMethod();
    calls.record('Sheet.getName');
    expect(counts.get('Sheet.getName')).toBe(1);
  });
});

describe('call counting across one fake environment', () => {
  it('records every service in one shared log, cheap getters included', () => {
    const env = createFakeServices({tabs: [{name: '数据', rows: [['a']]}]});
    const {SpreadsheetApp, Utilities, Drive, Session} = env.services;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getName();
    sheet.getDataRange().getValues();
    env.utilities.zip([Utilities.newBlob('x', 'text/plain', 'a.txt')], 'z.zip');
    Drive?.Files.create({
      name: 'f',
      mimeType: 'application/vnd.google-apps.folder',
    });
    Session.getActiveUser().getEmail();
    expect(Object.fromEntries(env.calls.byMethod())).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Utilities.newBlob': 1,
      'Utilities.zip': 1,
      'Drive.Files.create': 1,
      'Session.getActiveUser': 1,
      'User.getEmail': 1,
    });
  });

  it('does not count seeding, snapshots or test helpers', () => {
    const env = createFakeServices({
      tabs: [{name: '数据', rows: [[1, 2]], numberFormats: [['0%', null]]}],
    });
    env.spreadsheet.seedTab({name: '设置', rows: [['k', 'v']]});
    env.spreadsheet.snapshot();
    env.spreadsheet.sheet('数据').cellAt(1, 1);
    env.drive.seedFolder('报告');
    env.properties.seed('folderId', 'x');
    env.lock.holdByOther();
    env.ui.answerNext(env.ui.Button.YES);
    expect(env.calls.count()).toBe(0);
  });
});
