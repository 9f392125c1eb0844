// Fakes of HtmlService and the HtmlOutput it creates: they keep the HTML and the size set on it.

import type {
  HtmlOutputPort,
  HtmlServicePort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';

export class FakeHtmlOutput implements HtmlOutputPort {
  /** Set by setWidth/setHeight; undefined until then. */
  width: number | undefined;
  height: number | undefined;

  constructor(
    /** The HTML without counting a call. */
    readonly html: string,
    private readonly calls: CallLog,
  ) {}

  setWidth(width: number): this {
    this.calls.record('HtmlOutput.setWidth');
    this.width = checkPixels(width);
    return this;
  }

  setHeight(height: number): this {
    this.calls.record('HtmlOutput.setHeight');
    this.height = checkPixels(height);
    return this;
  }

  /** Set by setTitle (the sidebar's title); undefined until then. */
  title: string | undefined;

  setTitle(title: string): this {
    this.calls.record('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }

  getContent(): string {
    this.calls.record('HtmlOutput.getContent');
    return this.html;
  }
}

export class FakeHtmlService implements HtmlServicePort {
  /** Every output created, oldest first. */
  readonly outputs: FakeHtmlOutput[] = [];

  constructor(private readonly calls: CallLog) {}

  createHtmlOutput(html: string): FakeHtmlOutput {
    this.calls.record('HtmlService.createHtmlOutput');
    const output = new FakeHtmlOutput(String(html), this.calls);
    this.outputs.push(output);
    return output;
  }
}

function checkPixels(size: number): number {
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`fake HtmlOutput: size must be whole pixels, got ${size}`);
  return size;
}
