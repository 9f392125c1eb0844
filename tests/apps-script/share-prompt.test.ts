// The question before 共享给审阅人: the optional message, cancel shares nothing, and no question
// when there is no version or nobody to share with.

import {promptShareMessage} from '../../src/apps-script/ui/share-dialogs';
import {shareReportWithPrompt} from '../../src/apps-script/actions/share-report';
import {createFakeServices} from '../fakes/fake-environment';
import {sampleTabSeeds} from './sample-workbook-seeds';
import {LATER, shareLogRows, sharedEnvironment} from './share-environment';

describe('shareReportWithPrompt', () => {
  it('shares with the message typed at the prompt', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    env.ui.answerPromptNext({button: env.ui.Button.OK, text: '  请审阅  '});
    const result = shareReportWithPrompt(env.services, LATER);
    expect(result?.shared).toEqual(['zhang@hz.gov.cn']);
    expect(env.drive.notifications[0].message).toMatch(
      /^请审阅\n\n公文 \.docx/,
    );
  });

  it('shares nothing and logs nothing when the clerk cancels the prompt', () => {
    const env = sharedEnvironment('zhang@hz.gov.cn');
    env.ui.answerPromptNext({button: env.ui.Button.CANCEL, text: '请审阅'});
    expect(shareReportWithPrompt(env.services, LATER)).toBeNull();
    expect(env.calls.count('Drive.Permissions.create')).toBe(0);
    expect(env.drive.notifications).toEqual([]);
    expect(shareLogRows(env)).toEqual([]);
  });

  it('says there is no report yet before asking for a message', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    expect(() => shareReportWithPrompt(env.services, LATER)).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
    expect(env.ui.prompts).toEqual([]);
  });

  it('does not ask for a message when nobody can receive it', () => {
    const env = sharedEnvironment('not-an-address');
    const result = shareReportWithPrompt(env.services, LATER);
    expect(env.ui.prompts).toEqual([]);
    expect(result?.refused.map(r => r.address)).toEqual(['not-an-address']);
  });
});

describe('promptShareMessage', () => {
  it('returns the trimmed text on OK, undefined for an empty one, null on cancel or close', () => {
    const env = createFakeServices();
    const {Button} = env.ui;
    env.ui.answerPromptNext(
      {button: Button.OK, text: ' 请审阅 '},
      {button: Button.OK, text: '   '},
      {button: Button.CANCEL, text: '请审阅'},
      {button: Button.CLOSE, text: ''},
    );
    expect(promptShareMessage(env.services)).toBe('请审阅');
    expect(promptShareMessage(env.services)).toBeUndefined();
    expect(promptShareMessage(env.services)).toBeNull();
    expect(promptShareMessage(env.services)).toBeNull();
    expect(env.ui.prompts[0].buttons).toBe(env.ui.ButtonSet.OK_CANCEL);
  });
});
