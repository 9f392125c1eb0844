// The report as a plain readonly tree, independent of any file format.
// Built by the composer from the workbook; serialised by the OOXML renderer.

/** Heading levels: 1 = 一、 (黑体), 2 = （一） (楷体), 3 = 1. (仿宋), 4 = （1） (仿宋). */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TitleBlock {
  readonly kind: 'title';
  readonly text: string;
}

/** 主送机关 line after the title, flush left, ending with a full-width colon. */
export interface AddresseeBlock {
  readonly kind: 'addressee';
  readonly text: string;
}

/** A numbered heading line standing alone; `text` includes its number ("一、…"). */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  readonly text: string;
}

/** A body paragraph, first line indented two characters; `text` includes any number. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
}

/** 落款: unit name and date, right-aligned, kept on the page with the last text. */
export interface SignOffBlock {
  readonly kind: 'sign-off';
  readonly unit: string;
  /** Already written out, e.g. "2025年2月5日"; empty when not given. */
  readonly date: string;
}

export type Block =
  TitleBlock | AddresseeBlock | HeadingBlock | ParagraphBlock | SignOffBlock;

export interface ReportDocument {
  /** Document title, also written into the core properties. */
  readonly title: string;
  /** The issuing unit, written into the core properties as author. */
  readonly author: string;
  readonly blocks: readonly Block[];
}

export function title(text: string): TitleBlock {
  return {kind: 'title', text};
}

export function addressee(text: string): AddresseeBlock {
  return {kind: 'addressee', text};
}

export function heading(level: HeadingLevel, text: string): HeadingBlock {
  return {kind: 'heading', level, text};
}

export function paragraph(text: string): ParagraphBlock {
  return {kind: 'paragraph', text};
}

export function signOff(unit: string, date: string): SignOffBlock {
  return {kind: 'sign-off', unit, date};
}

/** The text of every block in reading order, one string per paragraph of the rendered file. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'title':
    case 'addressee':
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'sign-off':
      return block.date ? [block.unit, block.date] : [block.unit];
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}
