// Sizes, colours, lines and paragraph formats of the 报送 version's 版头 and 版记, from
// GB/T 9704-2012 (clause numbers beside each); twips unless named otherwise.

import {LINE_PITCH, TEXT_WIDTH} from './page-setup';
import {BODY, ParagraphFormat} from './paragraph-formats';

/**
 * 7.2.4: 发文机关标志 "居中排布，上边缘至版心上边缘为35 mm". The 2012 text measures from the
 * top of the text block for every document; the 80 mm for 上行文 was GB/T 9704-1999's rule and
 * is gone. 35 mm = 1984 twips.
 */
export const MARK_TOP_OFFSET = 1984;

/**
 * The mark's size is the organ's choice ("以醒目、美观、庄重为原则"); 小初 (36 pt) is common. A
 * mark too wide for the text block is set smaller until it fits, down to 2号 (22 pt).
 */
export const MARK_HALF_POINTS = 72;
export const MARK_MIN_HALF_POINTS = 44;

/** 7.2.4 "颜色为红色", 7.2.7 "红色分隔线"; printed with Y80% M80% ink (5.2), on screen pure red. */
export const RED = 'FF0000';

/**
 * 7.2.7: "发文字号之下4 mm处居中印一条与版心等宽的红色分隔线". The 发文字号 line is as high as
 * its 16 pt type; a bottom border 9 pt under that line measured 4.1 mm below the characters' ink
 * in LibreOffice's rendering (11 pt gave 4.7 mm). The standard gives no thickness; 1.5 pt
 * (0.53 mm) is the usual single red line.
 */
export const RED_LINE_SPACE_POINTS = 9;
export const RED_LINE_EIGHTHS = 12;

/** 7.4.1: first and last 版记 lines 0.35 mm (1 pt, eighths of a point), middle 0.25 mm (0.75 pt). */
export const IMPRINT_THICK_EIGHTHS = 8;
export const IMPRINT_THIN_EIGHTHS = 6;

/** 7.4.2, 7.4.3: 版记 in 4号 (14 pt) 仿宋, one 14 pt character in from either side. */
export const IMPRINT_HALF_POINTS = 28;
export const IMPRINT_INSET = 280;

/** 7.3.5.1: a sealed 成文日期 stands four characters in from the right. */
export const SEALED_DATE_RIGHT_CHARS = 400;
/**
 * Blank lines between the text and the sealed sign-off: a 42 mm seal is four lines high, its
 * top within one line of the text and the organ and date a little below its centre (7.3.5.1).
 */
export const SEAL_BLANK_LINES = 2;

export const MASTHEAD_WIDTH = TEXT_WIDTH;

/** 发文机关标志: 小标宋, red, centred; the size and line height are set per mark. */
export const MASTHEAD_MARK: ParagraphFormat = {
  ...BODY,
  styleId: 'MastheadMark',
  name: '发文机关标志',
  fontRole: 'title',
  halfPoints: MARK_HALF_POINTS,
  characterSpacing: 0,
  notBold: true,
  align: 'center',
  indent: {firstLineChars: 0},
  line: MARK_HALF_POINTS * 10,
  snapToGrid: false,
  keepNext: true,
  keepLines: true,
};

/** 发文字号 (7.2.5) and 签发人 (7.2.6): 3号 仿宋, one line as high as its type. */
export const DOCUMENT_NUMBER: ParagraphFormat = {
  ...BODY,
  styleId: 'DocumentNumber',
  name: '发文字号',
  characterSpacing: 0,
  align: 'center',
  indent: {firstLineChars: 0},
  line: BODY.halfPoints * 10,
  snapToGrid: false,
  keepNext: true,
};

/** The space above the 发文字号 line that keeps the 版头 on whole body lines. */
export const DOCUMENT_NUMBER_BEFORE = LINE_PITCH - DOCUMENT_NUMBER.line;

/** An empty line of a given exact height: the 35 mm above the mark. */
export const MASTHEAD_SPACER: ParagraphFormat = {
  ...BODY,
  styleId: 'MastheadSpacer',
  name: '版头空白',
  characterSpacing: 0,
  indent: {firstLineChars: 0},
  line: MARK_TOP_OFFSET,
  snapToGrid: false,
  keepNext: true,
};

/** 版记 lines: 4号 仿宋, exact body-line height. */
export const IMPRINT: ParagraphFormat = {
  ...BODY,
  styleId: 'Imprint',
  name: '版记',
  halfPoints: IMPRINT_HALF_POINTS,
  characterSpacing: 0,
  align: 'left',
  indent: {firstLineChars: 0},
  snapToGrid: false,
};

/** The styles the 报送 version adds to styles.xml. */
export const SUBMISSION_FORMATS: readonly ParagraphFormat[] = [
  MASTHEAD_MARK,
  MASTHEAD_SPACER,
  DOCUMENT_NUMBER,
  IMPRINT,
];
