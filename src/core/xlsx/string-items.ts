// The text of a string item (<si> in the shared strings, <is> in a cell): every <t>, plain or in a
// rich-text run, except the phonetic runs (<rPh>, furigana/pinyin guides) that are not shown.

import {scanXml} from './xml-scan';

/** Collects one string item's text from tokenizer events; reusable across items. */
export class StringItemText {
  private parts: string[] = [];
  private inText = false;
  private phoneticDepth = 0;

  get wantsText(): boolean {
    return this.inText && this.phoneticDepth === 0;
  }

  open(name: string, selfClosing: boolean): void {
    if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't' && !selfClosing) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phoneticDepth--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.wantsText) this.parts.push(text);
  }

  /** The item's text so far, and starts the next item. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.inText = false;
    this.phoneticDepth = 0;
    return unescapeXstring(text);
  }
}

/** Every shared string in order: index i is what a cell with t="s" and <v>i</v> shows. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  scanXml(xml, {
    get wantsText() {
      return item.wantsText;
    },
    open(name, _attributes, selfClosing) {
      item.open(name, selfClosing);
    },
    close(name) {
      if (name === 'si') strings.push(item.take());
      else item.close(name);
    },
    text(text) {
      item.text(text);
    },
  });
  return strings;
}

/**
 * OOXML writes characters XML cannot hold as "_xHHHH_" (Excel: a carriage return is "_x000D_");
 * a literal "_x" that looks like one is written "_x005F_x…".
 */
export function unescapeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
