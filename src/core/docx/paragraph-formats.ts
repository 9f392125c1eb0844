// The paragraph formats of the report, one per kind of line, as plain data. styles.xml defines a
// paragraph style from each; document.xml repeats the same properties on every paragraph.

import {HeadingLevel} from '../document/model';
import {FontRole} from './font-profiles';
import {
  BODY_CHARACTER_SPACING,
  BODY_HALF_POINTS,
  LINE_PITCH,
  PAGE_NUMBER_HALF_POINTS,
  TITLE_HALF_POINTS,
} from './page-setup';

/** `w:jc` values; "distribute" spreads a line to the full width (joint 发文机关标志). */
export type Alignment = 'both' | 'center' | 'left' | 'right' | 'distribute';

/** Indents: `*Chars` in hundredths of a character of the paragraph's size, others in twips. */
export interface Indent {
  readonly firstLineChars: number;
  readonly rightChars?: number;
  readonly left?: number;
  readonly right?: number;
  /** Hanging indent of the first line, in twips (the other lines stand at `left`). */
  readonly hanging?: number;
}

/** Twips of `hundredths` of a character of the format's size (100 at 16 pt → 320). */
export function charsToTwips(
  hundredths: number,
  format: ParagraphFormat,
): number {
  return Math.round((hundredths * format.halfPoints * 10) / 100);
}

export interface ParagraphFormat {
  readonly styleId: string;
  /** Word's style name; built-in names ("heading 1") keep Word's and Google Docs' outline. */
  readonly name: string;
  /** Chinese name shown next to a built-in name. */
  readonly alias?: string;
  readonly fontRole: FontRole;
  readonly halfPoints: number;
  /** Run character spacing in twentieths of a point; 0 writes none. */
  readonly characterSpacing: number;
  /** Writes an explicit "not bold", where Word's or Google's defaults would embolden. */
  readonly notBold: boolean;
  readonly align: Alignment;
  readonly indent: Indent;
  /** Exact line height in twips. */
  readonly line: number;
  /** False for lines that must not snap to the 579-twip body grid (title, footer). */
  readonly snapToGrid: boolean;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  /** 0 = level 1 in Word's navigation pane; absent for body text. */
  readonly outlineLevel?: number;
}

const TWO_CHARS: Indent = {firstLineChars: 200};
const NO_INDENT: Indent = {firstLineChars: 0};

/**
 * Body text. Widow control is off: with it on, LibreOffice (and Word, for a two-line paragraph
 * at a page foot) moves a line to the next page and leaves 21 lines; the standard wants 22.
 */
export const BODY: ParagraphFormat = {
  styleId: 'Normal',
  name: 'Normal',
  alias: '正文',
  fontRole: 'body',
  halfPoints: BODY_HALF_POINTS,
  characterSpacing: BODY_CHARACTER_SPACING,
  notBold: false,
  align: 'both',
  indent: TWO_CHARS,
  line: LINE_PITCH,
  snapToGrid: true,
  keepNext: false,
  keepLines: false,
};

/**
 * 2号 小标宋, centred; Word wraps a long title. Off the grid: a 22 pt line is taller than the
 * grid pitch, so LibreOffice would give it two grid lines; Word ignores the grid for exact
 * spacing anyway. Each title line is then exactly one body line high.
 */
export const TITLE: ParagraphFormat = {
  ...BODY,
  styleId: 'Title',
  name: 'Title',
  alias: '公文标题',
  fontRole: 'title',
  halfPoints: TITLE_HALF_POINTS,
  characterSpacing: 0,
  notBold: true,
  align: 'center',
  indent: NO_INDENT,
  snapToGrid: false,
  keepNext: true,
  keepLines: true,
};

const HEADING_FONTS: {readonly [level in HeadingLevel]: FontRole} = {
  1: 'heading1',
  2: 'heading2',
  3: 'body',
  4: 'body',
};

const HEADING_ALIASES = [
  '一级标题',
  '二级标题',
  '三级标题',
  '四级标题',
] as const;

/** Headings: 16 pt like the body, indented two characters, never left alone at a page foot. */
export function headingFormat(level: HeadingLevel): ParagraphFormat {
  return {
    ...BODY,
    styleId: `Heading${level}`,
    name: `heading ${level}`,
    alias: HEADING_ALIASES[level - 1],
    fontRole: HEADING_FONTS[level],
    notBold: true,
    keepNext: true,
    keepLines: true,
    outlineLevel: level - 1,
  };
}

/** 主送机关: flush left, no indent, kept with the first paragraph. */
export const ADDRESSEE: ParagraphFormat = {
  ...BODY,
  styleId: 'Addressee',
  name: '主送机关',
  align: 'left',
  indent: NO_INDENT,
  keepNext: true,
};

/** 附件说明 lines: flush with the body; each paragraph sets its own left and hanging indent. */
export const ATTACHMENT: ParagraphFormat = {
  ...BODY,
  styleId: 'Attachment',
  name: '附件说明',
  align: 'left',
  indent: NO_INDENT,
  keepNext: true,
};

/**
 * An empty line (after the title, before the sign-off). It has no runs and its own style, so a
 * reader of document.xml can tell it from text.
 */
export const BLANK_LINE: ParagraphFormat = {
  ...BODY,
  styleId: 'BlankLine',
  name: '空行',
  indent: NO_INDENT,
};

/** 落款 unit: right-aligned, two characters in from the right (GB/T 9704 7.3.5.2, unsealed). */
export const SIGN_OFF_UNIT: ParagraphFormat = {
  ...BODY,
  styleId: 'SignOffUnit',
  name: '落款单位',
  align: 'right',
  indent: {firstLineChars: 0, rightChars: 200},
  keepNext: true,
  keepLines: true,
};

/** 成文日期: the line under the unit; its right indent is worked out per document. */
export const SIGN_OFF_DATE: ParagraphFormat = {
  ...SIGN_OFF_UNIT,
  styleId: 'SignOffDate',
  name: '成文日期',
  keepNext: false,
};

/** Page-number paragraph: 4号 宋体, exact 14 pt line, off the body grid; aligned per footer. */
export const FOOTER: ParagraphFormat = {
  ...BODY,
  styleId: 'Footer',
  name: 'footer',
  alias: '页脚',
  fontRole: 'pageNumber',
  halfPoints: PAGE_NUMBER_HALF_POINTS,
  characterSpacing: 0,
  align: 'center',
  indent: NO_INDENT,
  line: PAGE_NUMBER_HALF_POINTS * 10,
  snapToGrid: false,
};

/** Every paragraph style that styles.xml defines, the default (Normal) first. */
export const ALL_FORMATS: readonly ParagraphFormat[] = [
  BODY,
  TITLE,
  headingFormat(1),
  headingFormat(2),
  headingFormat(3),
  headingFormat(4),
  ADDRESSEE,
  ATTACHMENT,
  BLANK_LINE,
  SIGN_OFF_UNIT,
  SIGN_OFF_DATE,
  FOOTER,
];
