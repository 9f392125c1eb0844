// dist/Code.js in Apps Script's restricted contexts: simple triggers (onOpen, onEdit) and custom
// functions run without authorisation, and there the fakes make Drive and ScriptApp throw and
// hide the user's address, as Apps Script does. These entry points must work all the same.

import {bundleLoader} from '../helpers/apps-script-vm';
import vm from 'vm';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';

const load = bundleLoader();

describe('restricted contexts', () => {
  it('the fakes refuse Drive and ScriptApp there and hide the address, as Apps Script does', () => {
    const env = createFakeServices();
    env.runIn('simple-trigger', () => {
      expect(() => env.drive.Files.get('x', {})).toThrow(
        'Exception: You do not have permission to call Drive.Files.get. Required permissions: https://www.googleapis.com/auth/drive.file',
      );
      expect(() => env.scriptApp.getProjectTriggers()).toThrow(
        /permission to call ScriptApp.getProjectTriggers/,
      );
      expect(env.services.Session.getActiveUser().getEmail()).toBe('');
    });
    expect(env.services.Session.getActiveUser().getEmail()).toBe(
      'clerk@example.org',
    );
  });

  it('keeps the spreadsheet read-only in a custom function, and writable in a simple trigger', () => {
    const env = createFakeServices({tabs: [{name: '数据', rows: [['a']]}]});
    const sheet = env.spreadsheet.sheet('数据');
    env.runIn('custom-function', () => {
      expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([['a']]);
      expect(() => sheet.getRange(1, 1, 1, 1).setValues([['b']])).toThrow(
        'Exception: You do not have permission to call Range.setValues.',
      );
    });
    env.runIn('simple-trigger', () =>
      sheet.getRange(1, 1, 1, 1).setValues([['c']]),
    );
    expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([['c']]);
  });

  it('builds the menu from onOpen as a simple trigger, with whose automatic draft it is', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const context = load(env);
    vm.runInContext('enableAutoDrafts()', context);
    env.runIn('simple-trigger', () => vm.runInContext('onOpen()', context));
    const labels = [...env.ui.menus[env.ui.menus.length - 1].items().keys()];
    expect(labels).toContain('关闭自动生成（clerk@example.org 已开启）');
    expect(env.console.errors).toEqual([]);
  });

  it('checks an edited cell from onEdit as a simple trigger', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const context = load(env);
    const data = env.spreadsheet.sheet('数据');
    data.seed([['很多']], 17, 2);
    context.e = {range: data.getRange(17, 2, 1, 1)};
    env.runIn('simple-trigger', () => vm.runInContext('onEdit(e)', context));
    expect(data.cellAt(17, 2).note).toBeTruthy();
    expect(env.console.errors).toEqual([]);
  });

  it('computes the FZ_ custom functions with every service present but restricted', () => {
    const env = createFakeServices();
    const context = load(env);
    const result = env.runIn('custom-function', () =>
      vm.runInContext(
        'JSON.stringify(FZ_PERCENT([[0.808],[0.5]], 1))',
        context,
      ),
    );
    expect(JSON.parse(result as string)).toEqual([['80.8%'], ['50.0%']]);
    expect(env.calls.count()).toBe(0);
  });
});
