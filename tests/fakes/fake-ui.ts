// Fake of the spreadsheet's Ui: menus and dialogs are recorded; alerts and prompts answer from
// queues the test fills, so a question nobody scripted fails the test instead of passing silently.

import type {
  HtmlOutputPort,
  MenuPort,
  UiPort,
} from '../../src/apps-script/services/ports';
import {FakeButton, FakeButtonSet} from './apps-script-enums';
import type {CallLog} from './call-log';
import {FakeHtmlOutput} from './fake-html-service';
import {
  FakePromptResponse,
  type Prompt,
  type PromptAnswer,
} from './fake-prompt';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export type MenuEntry =
  | {
      readonly kind: 'item';
      readonly caption: string;
      readonly functionName: string;
    }
  | {readonly kind: 'separator'};

export interface Alert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSet;
  readonly answer: Button;
}

export interface Dialog {
  readonly title: string;
  readonly content: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

export class FakeMenu implements MenuPort {
  readonly entries: MenuEntry[] = [];

  constructor(
    readonly caption: string,
    private readonly calls: CallLog,
    private readonly onAdd: (menu: FakeMenu) => void,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.calls.record('Menu.addItem');
    this.entries.push({kind: 'item', caption, functionName});
    return this;
  }

  addSeparator(): this {
    this.calls.record('Menu.addSeparator');
    this.entries.push({kind: 'separator'});
    return this;
  }

  addToUi(): void {
    this.calls.record('Menu.addToUi');
    this.onAdd(this);
  }

  /** Item captions mapped to the global function each one runs. */
  items(): Map<string, string> {
    const items = new Map<string, string>();
    for (const entry of this.entries)
      if (entry.kind === 'item') items.set(entry.caption, entry.functionName);
    return items;
  }
}

/** The buttons each set offers; the user can also close any alert (CLOSE). */
const ALLOWED: ReadonlyMap<ButtonSet, readonly Button[]> = new Map([
  [FakeButtonSet.OK, [FakeButton.OK]],
  [FakeButtonSet.OK_CANCEL, [FakeButton.OK, FakeButton.CANCEL]],
  [FakeButtonSet.YES_NO, [FakeButton.YES, FakeButton.NO]],
  [
    FakeButtonSet.YES_NO_CANCEL,
    [FakeButton.YES, FakeButton.NO, FakeButton.CANCEL],
  ],
]);

export class FakeUi implements UiPort {
  readonly Button = FakeButton;
  readonly ButtonSet = FakeButtonSet;
  /** Menus added to the UI, in order. */
  readonly menus: FakeMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly dialogs: Dialog[] = [];
  readonly prompts: Prompt[] = [];
  private readonly answers: Button[] = [];
  private readonly promptAnswers: PromptAnswer[] = [];

  constructor(private readonly calls: CallLog) {}

  createMenu(caption: string): FakeMenu {
    this.calls.record('Ui.createMenu');
    return new FakeMenu(caption, this.calls, menu => this.menus.push(menu));
  }

  /**
   * Answers with the oldest queued answer; with none queued an OK-only alert answers OK and any
   * other alert throws. An answer the alert's buttons cannot give throws too.
   */
  alert(title: string, prompt: string, buttons: ButtonSet): Button {
    this.calls.record('Ui.alert');
    const allowed = ALLOWED.get(buttons);
    if (!allowed)
      throw new Error(`fake Ui: unknown button set ${String(buttons)}`);
    const answer =
      this.answers.shift() ??
      (buttons === FakeButtonSet.OK ? FakeButton.OK : undefined);
    if (answer === undefined)
      throw new Error(
        `fake Ui: no answer scripted for the alert "${title}: ${prompt}"`,
      );
    if (answer !== FakeButton.CLOSE && !allowed.includes(answer))
      throw new Error(
        `fake Ui: scripted answer ${String(answer)} is not a button of ${String(buttons)} ("${title}")`,
      );
    this.alerts.push({title, prompt, buttons, answer});
    return answer;
  }

  /**
   * Answers with the oldest queued prompt answer; with none queued it throws. An answer the
   * prompt's buttons cannot give throws too (CLOSE, the dialog's ×, is always possible).
   */
  prompt(
    title: string,
    prompt: string,
    buttons: ButtonSet,
  ): FakePromptResponse {
    this.calls.record('Ui.prompt');
    const allowed = ALLOWED.get(buttons);
    if (!allowed)
      throw new Error(`fake Ui: unknown button set ${String(buttons)}`);
    const answer = this.promptAnswers.shift();
    if (!answer)
      throw new Error(
        `fake Ui: no answer scripted for the prompt "${title}: ${prompt}"`,
      );
    if (answer.button !== FakeButton.CLOSE && !allowed.includes(answer.button))
      throw new Error(
        `fake Ui: scripted answer ${String(answer.button)} is not a button of ${String(buttons)} ("${title}")`,
      );
    this.prompts.push({title, prompt, buttons, answer});
    return new FakePromptResponse(answer, this.calls);
  }

  /** Sidebars shown, newest last: the HtmlOutput's title and content. */
  readonly sidebars: {
    readonly title: string | undefined;
    readonly content: string;
  }[] = [];

  showSidebar(userInterface: HtmlOutputPort): void {
    this.calls.record('Ui.showSidebar');
    this.sidebars.push({
      title:
        userInterface instanceof FakeHtmlOutput
          ? userInterface.title
          : undefined,
      content: userInterface.getContent(),
    });
  }

  showModalDialog(userInterface: HtmlOutputPort, title: string): void {
    this.calls.record('Ui.showModalDialog');
    this.dialogs.push(
      userInterface instanceof FakeHtmlOutput
        ? {
            title,
            content: userInterface.html,
            width: userInterface.width,
            height: userInterface.height,
          }
        : {
            title,
            content: userInterface.getContent(),
            width: undefined,
            height: undefined,
          },
    );
  }

  // Test helpers below: not service calls.

  /** Queues the button the user will press on the next alert. */
  answerNext(...buttons: Button[]): this {
    this.answers.push(...buttons);
    return this;
  }

  /** Queues what the user will type and press at the next prompts. */
  answerPromptNext(...answers: PromptAnswer[]): this {
    this.promptAnswers.push(...answers);
    return this;
  }

  /** Answers queued but not yet used; a finished test should usually leave none. */
  pendingAnswers(): number {
    return this.answers.length + this.promptAnswers.length;
  }
}
