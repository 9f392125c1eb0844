// The report as a plain readonly tree, independent of any file format.
// Built by the composer from the workbook; serialised by the OOXML renderer.

/** Heading levels: 1 = 一、 (黑体), 2 = （一） (楷体), 3 = 1. (仿宋), 4 = （1） (仿宋). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The title, one entry per printed line ("中共××县委  ××县人民政府" / "关于…的报告"). */
export interface TitleBlock {
  readonly kind: 'title';
  readonly lines: readonly string[];
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

/** A run-in heading: the numbered heading text that opens a paragraph, in its heading's font. */
export interface RunInHeading {
  readonly level: HeadingLevel;
  /** The opening of the paragraph's `text` that is the heading ("（一）把牢方向。"). */
  readonly text: string;
}

/** A body paragraph, first line indented two characters; `text` includes any number. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** Set when the paragraph opens with a heading run in ("（一）标题。正文…"). */
  readonly runIn?: RunInHeading;
}

/** 附件说明 (GB/T 9704 7.3.4): the attachment names after the body, numbered when several. */
export interface AttachmentsBlock {
  readonly kind: 'attachments';
  readonly names: readonly string[];
}

/**
 * 落款: the issuing organs, one per line (a joint report lists the lead organ first), and the
 * date, right-aligned, kept on the page with the last text.
 */
export interface SignOffBlock {
  readonly kind: 'sign-off';
  readonly units: readonly string[];
  /** Already written out, e.g. "2025年2月5日"; empty when not given. */
  readonly date: string;
}

export type Block =
  | TitleBlock
  | AddresseeBlock
  | HeadingBlock
  | ParagraphBlock
  | AttachmentsBlock
  | SignOffBlock;

/**
 * 版头 (GB/T 9704-2012 7.2): the red 发文机关标志, the 发文字号 and, for a report to a higher
 * organ (上行文), the 签发人.
 */
export interface Masthead {
  /** The organs, one per line, lead organ first; a single organ is one line as typed. */
  readonly organs: readonly string[];
  /** "文件" when a joint mark sets it right of the stacked organs (7.2.4), else "". */
  readonly suffix: string;
  /** e.g. 古街〔2025〕3号. */
  readonly documentNumber: string;
  /** Empty unless 上行文. */
  readonly signers: readonly string[];
}

/** 版记 (GB/T 9704-2012 7.4): 抄送机关, 印发机关 and 印发日期; empty strings when not given. */
export interface Imprint {
  /** "抄送：甲，乙。" or "". */
  readonly copyTo: string;
  readonly printingOrgan: string;
  /** "2025年2月6日印发" or "". */
  readonly printingDate: string;
}

/** What only the 报送 version prints; the public versions ignore it. */
export interface Submission {
  readonly masthead?: Masthead;
  readonly imprint?: Imprint;
}

export interface ReportDocument {
  /** Document title, also written into the core properties. */
  readonly title: string;
  /** The issuing unit, written into the core properties as author. */
  readonly author: string;
  readonly blocks: readonly Block[];
  /** 版头 and 版记 for the 报送 profile. */
  readonly submission?: Submission;
}

export function title(lines: string | readonly string[]): TitleBlock {
  return {kind: 'title', lines: typeof lines === 'string' ? [lines] : lines};
}

export function addressee(text: string): AddresseeBlock {
  return {kind: 'addressee', text};
}

export function heading(level: HeadingLevel, text: string): HeadingBlock {
  return {kind: 'heading', level, text};
}

export function paragraph(text: string, runIn?: RunInHeading): ParagraphBlock {
  return runIn ? {kind: 'paragraph', text, runIn} : {kind: 'paragraph', text};
}

export function attachments(names: readonly string[]): AttachmentsBlock {
  return {kind: 'attachments', names};
}

export function signOff(
  units: string | readonly string[],
  date: string,
): SignOffBlock {
  return {
    kind: 'sign-off',
    units: typeof units === 'string' ? [units] : units,
    date,
  };
}

/** The lines of 附件说明: "附件：名称", or "附件：1.名称" then "2.名称" for several. */
export function attachmentLines(names: readonly string[]): string[] {
  if (names.length === 1) return [`附件：${names[0]}`];
  return names.map((name, i) => `${i === 0 ? '附件：' : ''}${i + 1}.${name}`);
}

/** The text of every block in reading order, one string per paragraph of the rendered file. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [...block.lines];
    case 'addressee':
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'attachments':
      return attachmentLines(block.names);
    case 'sign-off':
      return block.date ? [...block.units, block.date] : [...block.units];
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}
