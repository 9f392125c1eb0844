// 版记 of the 报送 version (GB/T 9704-2012 7.4): the table of 抄送 and 印发 lines, and the three
// ways it closes the document (imprint-placement.ts decides which):
// - at the foot of the body's last page: the table in a text box anchored to the body's end,
//   at the text block's bottom (LibreOffice 7.4 lays a floating table or a framed paragraph
//   as wide as the text block out inline, right under the body; a text box it places);
// - on a page of its own: a section that starts on an even page, the 版记 being its even-page
//   footer (a footer sits at the page foot in every renderer, whatever the body above it). Its
//   odd footer is empty, so a blank page Word or LibreOffice inserts before it carries no page
//   number (7.5); the 版记 page is numbered unless the plan expects that blank page.

import type {Imprint} from '../document/model';
import type {FontProfile} from './font-profiles';
import {NS_A, NS_WP, NS_WPS, W_ROOT_NAMESPACES} from './namespaces';
import {TEXT_BLOCK_HEIGHT} from './estimate-pages';
import {
  renderParagraphProperties,
  renderRunProperties,
  renderTextRun,
} from './ooxml-properties';
import {
  HEADER_DISTANCE,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  TEXT_WIDTH,
  LINE_PITCH,
  FOOTER_DISTANCE,
} from './page-setup';
import {BLANK_LINE, FOOTER, ParagraphFormat} from './paragraph-formats';
import {renderPageNumberParagraph} from './render-footers';
import {
  IMPRINT,
  IMPRINT_INSET,
  IMPRINT_THICK_EIGHTHS,
  IMPRINT_THIN_EIGHTHS,
} from './submission-formats';
import {XML_DECLARATION, escapeXml} from './xml-escape';

/** The footer's last paragraph (a table may not end a footer): 1 pt high. */
const TAIL_LINE = 20;
/** Footer distance that puts the table's bottom line on the text block's bottom edge. */
export const IMPRINT_FOOTER_DISTANCE = MARGIN_BOTTOM - TAIL_LINE;
/**
 * With a page number under it: the number stands where the body's numbers stand
 * (FOOTER_DISTANCE), and a spacer fills the gap up to the text block's bottom edge.
 */
const NUMBER_SPACER = MARGIN_BOTTOM - FOOTER_DISTANCE - FOOTER.line;

const COPY_TO_LABEL = '抄送：';

function paragraph(
  profile: FontProfile,
  text: string,
  overrides: Parameters<typeof renderParagraphProperties>[1],
  format: ParagraphFormat = IMPRINT,
): string {
  return (
    '<w:p>' +
    renderParagraphProperties(format, overrides) +
    (text ? renderTextRun(renderRunProperties(format, profile), text) : '') +
    '</w:p>'
  );
}

function cell(width: number, content: string, span = 1): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>` +
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
    `</w:tcPr>${content}</w:tc>`
  );
}

const border = (side: string, eighths: number) =>
  `<w:${side} w:val="single" w:sz="${eighths}" w:space="0" w:color="000000"/>`;

type ImprintRow = 'copyTo' | 'printing';

/** The rows of the 版记 table that have something to say: 抄送, then the 印发 line. */
function imprintRows(imprint: Imprint): ImprintRow[] {
  const rows: ImprintRow[] = [];
  if (imprint.copyTo) rows.push('copyTo');
  if (imprint.printingOrgan || imprint.printingDate) rows.push('printing');
  return rows;
}

/** Height of the 版记 table in twips: its lines of text and its ruled lines. */
export function imprintHeight(imprint: Imprint): number {
  const rows = imprintRows(imprint).length;
  const rules =
    (2 * IMPRINT_THICK_EIGHTHS + Math.max(0, rows - 1) * IMPRINT_THIN_EIGHTHS) *
    2.5;
  return rows * IMPRINT.line + Math.ceil(rules);
}

/**
 * The 版记 table, as wide as the text block: 抄送机关 (7.4.2: one character in on either side,
 * wrapped lines under the first organ, a full stop after the last) above 印发机关 (left, one
 * character in) and 印发日期 (right, one character in) (7.4.3). Thick lines first and last,
 * thin between (7.4.1).
 */
export function renderImprintTable(
  imprint: Imprint,
  profile: FontProfile,
): string {
  const half = Math.floor(TEXT_WIDTH / 2);
  const label = COPY_TO_LABEL.length * IMPRINT_INSET;
  const renderRow = (row: ImprintRow) =>
    row === 'copyTo'
      ? cell(
          TEXT_WIDTH,
          paragraph(profile, imprint.copyTo, {
            overrides: {
              indent: {
                firstLineChars: 0,
                left: IMPRINT_INSET + label,
                hanging: label,
                right: IMPRINT_INSET,
              },
            },
          }),
          2,
        )
      : cell(
          half,
          paragraph(profile, imprint.printingOrgan, {
            overrides: {indent: {firstLineChars: 0, left: IMPRINT_INSET}},
          }),
        ) +
        cell(
          TEXT_WIDTH - half,
          paragraph(profile, imprint.printingDate, {
            overrides: {
              align: 'right',
              indent: {firstLineChars: 0, right: IMPRINT_INSET},
            },
          }),
        );
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>` +
    '<w:tblBorders>' +
    border('top', IMPRINT_THICK_EIGHTHS) +
    '<w:left w:val="nil"/>' +
    border('bottom', IMPRINT_THICK_EIGHTHS) +
    '<w:right w:val="nil"/>' +
    border('insideH', IMPRINT_THIN_EIGHTHS) +
    '<w:insideV w:val="nil"/>' +
    '</w:tblBorders><w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '</w:tblPr>' +
    `<w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${TEXT_WIDTH - half}"/></w:tblGrid>` +
    imprintRows(imprint)
      .map(row => `<w:tr>${renderRow(row)}</w:tr>`)
      .join('') +
    '</w:tbl>'
  );
}

/**
 * The 版记 section's even footer: the 版记 table, then a 1 pt closing paragraph, or, when the
 * 版记 page is numbered, a spacer and the even page's number.
 */
export function renderImprintFooterXml(
  imprint: Imprint,
  profile: FontProfile,
  numbered: boolean,
): string {
  return (
    XML_DECLARATION +
    `<w:ftr ${W_ROOT_NAMESPACES}>` +
    renderImprintTable(imprint, profile) +
    (numbered
      ? paragraph(profile, '', {overrides: {line: NUMBER_SPACER}}, BLANK_LINE) +
        renderPageNumberParagraph('even', profile)
      : paragraph(profile, '', {overrides: {line: TAIL_LINE}})) +
    '</w:ftr>'
  );
}

/** EMU (DrawingML's unit) per twip. */
const EMU_PER_TWIP = 635;

/**
 * The 版记 at the foot of the body's last page: the 版记 table in a text box anchored to a 1 pt
 * paragraph that ends the body, placed on that paragraph's page with the table's bottom line on
 * the text block's bottom edge and no text beside it.
 */
export function renderAnchoredImprint(
  imprint: Imprint,
  profile: FontProfile,
): string {
  const height = imprintHeight(imprint);
  const width = TEXT_WIDTH * EMU_PER_TWIP;
  const boxHeight = (height + TAIL_LINE) * EMU_PER_TWIP;
  const top = (TEXT_BLOCK_HEIGHT - height) * EMU_PER_TWIP;
  const anchor =
    `<wp:anchor xmlns:wp="${NS_WP}" distT="0" distB="0" distL="0" distR="0" simplePos="0"` +
    ' relativeHeight="1" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0">' +
    '<wp:simplePos x="0" y="0"/>' +
    '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
    `<wp:positionV relativeFrom="margin"><wp:posOffset>${top}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${width}" cy="${boxHeight}"/>` +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>' +
    `<wp:docPr id="1" name="${escapeXml(IMPRINT.name)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_WPS}">` +
    `<wps:wsp xmlns:wps="${NS_WPS}"><wps:cNvSpPr txBox="1"/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${width}" cy="${boxHeight}"/></a:xfrm>` +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>' +
    '<wps:txbx><w:txbxContent>' +
    renderImprintTable(imprint, profile) +
    paragraph(profile, '', {overrides: {line: TAIL_LINE}}) +
    '</w:txbxContent></wps:txbx>' +
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t">' +
    '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>';
  return (
    '<w:p>' +
    renderParagraphProperties(BLANK_LINE, {overrides: {line: TAIL_LINE}}) +
    `<w:r><w:drawing>${anchor}</w:drawing></w:r>` +
    '</w:p>'
  );
}

/** The 版记 section's odd footer: nothing, so a blank page before the 版记 is unnumbered. */
export function renderEmptyFooterXml(profile: FontProfile): string {
  return (
    XML_DECLARATION +
    `<w:ftr ${W_ROOT_NAMESPACES}>` +
    paragraph(profile, '', {overrides: {line: TAIL_LINE}}, BLANK_LINE) +
    '</w:ftr>'
  );
}

/**
 * The 版记 section: one empty paragraph, then its properties (starts on an even page); the
 * footer distance is the numbered footer's when the 版记 page has a number.
 */
export function renderImprintSection(
  footers: {readonly odd: string; readonly even: string},
  profile: FontProfile,
  numbered: boolean,
): string {
  return (
    paragraph(profile, '', {}, BLANK_LINE) +
    '<w:sectPr>' +
    `<w:footerReference w:type="default" r:id="${footers.odd}"/>` +
    `<w:footerReference w:type="even" r:id="${footers.even}"/>` +
    '<w:type w:val="evenPage"/>' +
    `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>` +
    `<w:pgMar w:top="${MARGIN_TOP}" w:right="${MARGIN_RIGHT}" w:bottom="${MARGIN_BOTTOM}"` +
    ` w:left="${MARGIN_LEFT}" w:header="${HEADER_DISTANCE}" w:footer="${numbered ? FOOTER_DISTANCE : IMPRINT_FOOTER_DISTANCE}"` +
    ' w:gutter="0"/>' +
    '<w:cols w:space="720"/>' +
    `<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/>` +
    '</w:sectPr>'
  );
}
