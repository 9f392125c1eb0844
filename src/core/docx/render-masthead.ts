// 版头 of the 报送 version (GB/T 9704-2012 7.2): 35 mm of space, the red 发文机关标志, two blank
// lines, the 发文字号 (centred, or left with the 签发人 right for a 上行文), the red line 4 mm
// under it, and two blank lines before the title (7.3.1 "红色分隔线下空二行").

import type {Masthead} from '../document/model';
import type {FontProfile} from './font-profiles';
import {
  renderParagraphProperties,
  renderRunProperties,
  renderTextRun,
} from './ooxml-properties';
import {BODY_CHARACTER, TEXT_WIDTH} from './page-setup';
import {ParagraphFormat} from './paragraph-formats';
import {renderBlankLine} from './render-blank-line';
import {measureLineWidth} from './text-width';
import {
  DOCUMENT_NUMBER,
  DOCUMENT_NUMBER_BEFORE,
  MARK_HALF_POINTS,
  MARK_MIN_HALF_POINTS,
  MASTHEAD_MARK,
  MASTHEAD_SPACER,
  RED,
  RED_LINE_EIGHTHS,
  RED_LINE_SPACE_POINTS,
} from './submission-formats';

const SIGNER_LABEL = '签发人：';
/** 7.2.6: "一般每行排两个姓名". */
const NAMES_PER_LINE = 2;
/** Between two names on a line: one full-width space, one character. */
const NAME_GAP = '\u3000';

/** Twips of `hundredths` of a 16 pt character (measureLineWidth's unit). */
const bodyTwips = (hundredths: number) =>
  Math.round((hundredths * BODY_CHARACTER) / 100);

const TAB_RUN = '<w:r><w:tab/></w:r>';

/**
 * The mark's size in half-points: 小初 unless the widest line (in characters, "文件" included
 * for a joint mark) would not fit the text block; never below 2号.
 */
export function markHalfPoints(masthead: Masthead): number {
  const organs = Math.max(0, ...masthead.organs.map(measureLineWidth)) / 100;
  const suffix = masthead.suffix
    ? measureLineWidth(masthead.suffix) / 100 + 0.5
    : 0;
  const fit = Math.floor(TEXT_WIDTH / 10 / Math.max(1, organs + suffix));
  return Math.max(MARK_MIN_HALF_POINTS, Math.min(MARK_HALF_POINTS, fit));
}

function markParagraph(
  format: ParagraphFormat,
  profile: FontProfile,
  text: string,
  align: ParagraphFormat['align'],
  before = 0,
): string {
  return (
    '<w:p>' +
    renderParagraphProperties(format, {overrides: {align}, before}) +
    renderTextRun(renderRunProperties(format, profile, false, RED), text) +
    '</w:p>'
  );
}

/**
 * 7.2.4: one organ is one centred line. Joint organs stand one per line, lead organ first, set
 * to one width (distributed) and centred as a block; "文件" stands right of them, centred on
 * their height. A borderless one-row table holds the block.
 */
function renderMark(masthead: Masthead, profile: FontProfile): string {
  const halfPoints = markHalfPoints(masthead);
  const format: ParagraphFormat = {
    ...MASTHEAD_MARK,
    halfPoints,
    line: halfPoints * 10,
  };
  if (masthead.organs.length <= 1) {
    return markParagraph(format, profile, masthead.organs[0] ?? '', 'center');
  }
  const charTwips = halfPoints * 10;
  const namesWidth = Math.ceil(
    (Math.max(...masthead.organs.map(measureLineWidth)) * charTwips) / 100,
  );
  const suffixWidth = masthead.suffix
    ? Math.ceil(((measureLineWidth(masthead.suffix) + 50) * charTwips) / 100)
    : 0;
  const gap = Math.round(charTwips / 5);
  const names = masthead.organs
    .map((organ, i) =>
      markParagraph(format, profile, organ, 'distribute', i === 0 ? 0 : gap),
    )
    .join('');
  const cell = (width: number, content: string, vAlign = '') =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${vAlign}</w:tcPr>${content}</w:tc>`;
  const none = (side: string) => `<w:${side} w:val="nil"/>`;
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${namesWidth + suffixWidth}" w:type="dxa"/><w:jc w:val="center"/>` +
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map(none)
      .join('') +
    '</w:tblBorders><w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '</w:tblPr><w:tblGrid>' +
    `<w:gridCol w:w="${namesWidth}"/>` +
    (suffixWidth ? `<w:gridCol w:w="${suffixWidth}"/>` : '') +
    '</w:tblGrid><w:tr>' +
    cell(namesWidth, names) +
    (suffixWidth
      ? cell(
          suffixWidth,
          markParagraph(format, profile, masthead.suffix, 'right'),
          '<w:vAlign w:val="center"/>',
        )
      : '') +
    '</w:tr></w:tbl>'
  );
}

/** The red line under the 发文字号 (7.2.7), as the bottom border of its paragraph. */
const RED_LINE =
  '<w:pBdr><w:bottom w:val="single"' +
  ` w:sz="${RED_LINE_EIGHTHS}" w:space="${RED_LINE_SPACE_POINTS}" w:color="${RED}"/></w:pBdr>`;

function tabStops(positions: readonly number[]): string {
  return (
    '<w:tabs>' +
    positions.map(pos => `<w:tab w:val="left" w:pos="${pos}"/>`).join('') +
    '</w:tabs>'
  );
}

/**
 * 7.2.5 and 7.2.6: without 签发人 the 发文字号 is centred. With them, "签发人：" (仿宋) and the
 * names (楷体), two a line, stand one character in from the right, later lines aligned on the
 * first name; the 发文字号 stands one character in from the left on the last of these lines.
 */
function renderNumberLines(masthead: Masthead, profile: FontProfile): string {
  const fangsong = renderRunProperties(DOCUMENT_NUMBER, profile);
  const paragraph = (pPr: string, content: string) =>
    `<w:p>${pPr}${content}</w:p>`;
  if (masthead.signers.length === 0) {
    return paragraph(
      renderParagraphProperties(DOCUMENT_NUMBER, {
        before: DOCUMENT_NUMBER_BEFORE,
        borders: RED_LINE,
      }),
      renderTextRun(fangsong, masthead.documentNumber),
    );
  }
  const kaiti = renderRunProperties(
    {...DOCUMENT_NUMBER, fontRole: 'heading2'},
    profile,
  );
  const lines: string[][] = [];
  for (let i = 0; i < masthead.signers.length; i += NAMES_PER_LINE) {
    lines.push(masthead.signers.slice(i, i + NAMES_PER_LINE));
  }
  const firstWidth =
    measureLineWidth(SIGNER_LABEL) + measureLineWidth(lines[0].join(NAME_GAP));
  const labelAt = TEXT_WIDTH - BODY_CHARACTER - bodyTwips(firstWidth);
  const namesAt = labelAt + bodyTwips(measureLineWidth(SIGNER_LABEL));
  return lines
    .map((names, i) => {
      const last = i === lines.length - 1;
      const stop = i === 0 ? labelAt : namesAt;
      return paragraph(
        renderParagraphProperties(DOCUMENT_NUMBER, {
          overrides: {align: 'left'},
          before: DOCUMENT_NUMBER_BEFORE,
          borders: last ? RED_LINE : '',
          tabs: tabStops(last ? [BODY_CHARACTER, stop] : [stop]),
        }),
        (last
          ? TAB_RUN + renderTextRun(fangsong, masthead.documentNumber)
          : '') +
          TAB_RUN +
          (i === 0 ? renderTextRun(fangsong, SIGNER_LABEL) : '') +
          renderTextRun(kaiti, names.join(NAME_GAP)),
      );
    })
    .join('');
}

/** The whole 版头, to stand before the title. */
export function renderMasthead(
  masthead: Masthead,
  profile: FontProfile,
): string {
  return (
    '<w:p>' +
    renderParagraphProperties(MASTHEAD_SPACER, {
      markRunProperties: renderRunProperties(MASTHEAD_SPACER, profile),
    }) +
    '</w:p>' +
    renderMark(masthead, profile) +
    renderBlankLine(profile, true).repeat(2) +
    renderNumberLines(masthead, profile) +
    renderBlankLine(profile, true).repeat(2)
  );
}
