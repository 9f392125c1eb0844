import {CallLog} from '../../fakes/call-log';
import {FakeUi} from '../../fakes/fake-ui';

function ui() {
  const calls = new CallLog();
  return {calls, fake: new FakeUi(calls)};
}

describe('FakeUi prompts', () => {
  it('answers with the scripted text and button and records the prompt', () => {
    const {calls, fake} = ui();
    fake.answerPromptNext({button: fake.Button.OK, text: '请于周五前审阅'});
    const response = fake.prompt('共享', '附言：', fake.ButtonSet.OK_CANCEL);
    expect(response.getSelectedButton()).toBe(fake.Button.OK);
    expect(response.getResponseText()).toBe('请于周五前审阅');
    expect(fake.prompts).toEqual([
      {
        title: '共享',
        prompt: '附言：',
        buttons: fake.ButtonSet.OK_CANCEL,
        answer: {button: fake.Button.OK, text: '请于周五前审阅'},
      },
    ]);
    expect(calls.count('Ui.prompt')).toBe(1);
    expect(fake.pendingAnswers()).toBe(0);
  });

  it('throws for a prompt nobody scripted an answer for', () => {
    const {fake} = ui();
    expect(() =>
      fake.prompt('共享', '附言：', fake.ButtonSet.OK_CANCEL),
    ).toThrow(/no answer scripted for the prompt/);
  });

  it('throws when the scripted button is not one the prompt offers, but allows closing', () => {
    const {fake} = ui();
    fake.answerPromptNext(
      {button: fake.Button.YES, text: ''},
      {button: fake.Button.CLOSE, text: ''},
    );
    expect(() => fake.prompt('a', 'b', fake.ButtonSet.OK_CANCEL)).toThrow(
      /is not a button of/,
    );
    expect(
      fake.prompt('a', 'b', fake.ButtonSet.OK_CANCEL).getSelectedButton(),
    ).toBe(fake.Button.CLOSE);
  });

  it('keeps prompt answers apart from alert answers', () => {
    const {fake} = ui();
    fake.answerNext(fake.Button.YES);
    fake.answerPromptNext({button: fake.Button.CANCEL, text: 'x'});
    expect(fake.alert('a', 'b', fake.ButtonSet.YES_NO)).toBe(fake.Button.YES);
    expect(
      fake.prompt('c', 'd', fake.ButtonSet.OK_CANCEL).getSelectedButton(),
    ).toBe(fake.Button.CANCEL);
  });
});
