// Fake of Ui.prompt's answer (PromptResponse) and the record of a prompt shown, for FakeUi.

import type {PromptResponsePort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

/** What the user will do at the next prompt: type `text` (may be '') and press `button`. */
export interface PromptAnswer {
  readonly button: Button;
  readonly text: string;
}

export interface Prompt {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSet;
  readonly answer: PromptAnswer;
}

export class FakePromptResponse implements PromptResponsePort {
  constructor(
    private readonly answer: PromptAnswer,
    private readonly calls: CallLog,
  ) {}

  getResponseText(): string {
    this.calls.record('PromptResponse.getResponseText');
    return this.answer.text;
  }

  getSelectedButton(): Button {
    this.calls.record('PromptResponse.getSelectedButton');
    return this.answer.button;
  }
}
