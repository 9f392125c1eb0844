import {createFakeServices} from '../../fakes/fake-environment';

describe('createFakeServices', () => {
  it('wires the Services object to the returned fakes', () => {
    const env = createFakeServices();
    expect(env.services.SpreadsheetApp.getActiveSpreadsheet()).toBe(
      env.spreadsheet,
    );
    expect(env.services.SpreadsheetApp.getUi()).toBe(env.ui);
    expect(env.services.Drive).toBe(env.drive);
    expect(env.services.PropertiesService.getDocumentProperties()).toBe(
      env.properties,
    );
    expect(env.services.LockService).toBe(env.lock);
    expect(env.services.Utilities).toBe(env.utilities);
    expect(env.services.Session).toBe(env.session);
    expect(env.services.HtmlService).toBe(env.html);
    expect(env.services.console).toBe(env.console);
  });

  it('seeds tabs and applies the options', () => {
    const env = createFakeServices({
      tabs: [{name: '数据', rows: [['a', 0.5]], numberFormats: [[null, '0%']]}],
      timeZone: 'UTC',
      email: '',
    });
    const sheet =
      env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('数据');
    expect(sheet?.getDataRange().getValues()).toEqual([['a', 0.5]]);
    expect(sheet?.getDataRange().getNumberFormats()[0][1]).toBe('0%');
    expect(env.spreadsheet.getSpreadsheetTimeZone()).toBe('UTC');
    expect(env.services.Session.getActiveUser().getEmail()).toBe('');
  });

  it('leaves Drive undefined when the Advanced Drive service is not enabled', () => {
    expect(
      createFakeServices({driveEnabled: false}).services.Drive,
    ).toBeUndefined();
  });

  it('throws from getUi where Apps Script has no UI', () => {
    const env = createFakeServices({uiAvailable: false});
    expect(() => env.services.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('keeps console.error lines and counts them', () => {
    const env = createFakeServices();
    env.services.console.error('generate failed: quota');
    expect(env.console.errors).toEqual(['generate failed: quota']);
    expect(env.calls.count('console.error')).toBe(1);
  });

  it('stamps Drive files with the injected clock', () => {
    const env = createFakeServices({now: () => new Date(0)});
    const id = env.drive.seedFolder('报告');
    expect(env.drive.file(id).createdTime).toBe('1970-01-01T00:00:00.000Z');
  });
});
