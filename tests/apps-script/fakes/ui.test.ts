import {CallLog} from '../../fakes/call-log';
import {FakeHtmlService} from '../../fakes/fake-html-service';
import {FakeUi} from '../../fakes/fake-ui';

function ui() {
  return new FakeUi(new CallLog());
}

describe('FakeUi menus', () => {
  it('records menu items and separators once the menu is added to the UI', () => {
    const fake = ui();
    const menu = fake
      .createMenu('法治报告')
      .addItem('生成报告', 'generateReport')
      .addSeparator()
      .addItem('帮助', 'showHelp');
    expect(fake.menus).toEqual([]);
    menu.addToUi();
    expect(fake.menus).toHaveLength(1);
    expect(fake.menus[0].caption).toBe('法治报告');
    expect(fake.menus[0].items()).toEqual(
      new Map([
        ['生成报告', 'generateReport'],
        ['帮助', 'showHelp'],
      ]),
    );
    expect(fake.menus[0].entries[1]).toEqual({kind: 'separator'});
  });
});

describe('FakeUi alerts', () => {
  it('answers OK to an OK-only alert nobody scripted', () => {
    const fake = ui();
    expect(fake.alert('完成', '报告已生成', fake.ButtonSet.OK)).toBe(
      fake.Button.OK,
    );
    expect(fake.alerts).toEqual([
      {
        title: '完成',
        prompt: '报告已生成',
        buttons: fake.ButtonSet.OK,
        answer: fake.Button.OK,
      },
    ]);
  });

  it('throws for a yes/no alert without a scripted answer', () => {
    const fake = ui();
    expect(() => fake.alert('确认', '覆盖？', fake.ButtonSet.YES_NO)).toThrow(
      /no answer scripted/,
    );
  });

  it('answers scripted buttons in order', () => {
    const fake = ui();
    fake.answerNext(fake.Button.NO, fake.Button.YES);
    expect(fake.alert('a', 'b', fake.ButtonSet.YES_NO)).toBe(fake.Button.NO);
    expect(fake.alert('c', 'd', fake.ButtonSet.YES_NO)).toBe(fake.Button.YES);
    expect(fake.pendingAnswers()).toBe(0);
  });

  it('throws when the scripted answer is not a button of the alert', () => {
    const fake = ui();
    fake.answerNext(fake.Button.NO);
    expect(() => fake.alert('a', 'b', fake.ButtonSet.OK)).toThrow(
      /not a button of OK/,
    );
  });

  it('lets the user close any alert', () => {
    const fake = ui();
    fake.answerNext(fake.Button.CLOSE);
    expect(fake.alert('a', 'b', fake.ButtonSet.YES_NO)).toBe(fake.Button.CLOSE);
  });

  it('has enum members with the typings’ names', () => {
    const fake = ui();
    expect(Object.keys(fake.Button)).toEqual([
      'CLOSE',
      'OK',
      'CANCEL',
      'YES',
      'NO',
    ]);
    expect(Object.keys(fake.ButtonSet)).toEqual([
      'OK',
      'OK_CANCEL',
      'YES_NO',
      'YES_NO_CANCEL',
    ]);
  });
});

describe('FakeUi dialogs and HtmlService', () => {
  it('records a modal dialog’s title, HTML and size', () => {
    const calls = new CallLog();
    const fake = new FakeUi(calls);
    const html = new FakeHtmlService(calls)
      .createHtmlOutput('<p>你好</p>')
      .setWidth(400)
      .setHeight(300);
    fake.showModalDialog(html, '帮助');
    expect(fake.dialogs).toEqual([
      {title: '帮助', content: '<p>你好</p>', width: 400, height: 300},
    ]);
    expect(calls.count('HtmlOutput.getContent')).toBe(0);
  });

  it('keeps every HtmlOutput created and returns its content', () => {
    const service = new FakeHtmlService(new CallLog());
    const output = service.createHtmlOutput('<b>x</b>');
    expect(output.getContent()).toBe('<b>x</b>');
    expect(service.outputs).toEqual([output]);
  });

  it('rejects a dialog size that is not whole pixels', () => {
    const output = new FakeHtmlService(new CallLog()).createHtmlOutput('');
    expect(() => output.setWidth(-1)).toThrow(/whole pixels/);
  });
});
