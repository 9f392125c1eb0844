// 版记 of the 报送 version (GB/T 9704-2012 7.4) and the section that carries it.
//
// 版记 must close the last page, an even one, its last line on the text block's bottom edge
// (7.4.1), and the core cannot know where the body's pages end. So the 版记 gets a section of its
// own that starts on an even page (w:type evenPage: Word and LibreOffice insert a blank page when
// the body ends on an even page), and the 版记 is that section's even-page footer: a footer sits
// at the page foot in every renderer, whatever the body above it. The section's odd footer is
// empty, so an inserted blank page carries no page number (7.5); the 版记 page has none either.

import type {Imprint} from '../document/model';
import type {FontProfile} from './font-profiles';
import {W_ROOT_NAMESPACES} from './namespaces';
import {
  renderParagraphProperties,
  renderRunProperties,
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
} from './page-setup';
import {BLANK_LINE, ParagraphFormat} from './paragraph-formats';
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
    (text
      ? `<w:r>${renderRunProperties(format, profile)}` +
        `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
      : '') +
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
  const rows: string[] = [];
  if (imprint.copyTo) {
    rows.push(
      cell(
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
      ),
    );
  }
  if (imprint.printingOrgan || imprint.printingDate) {
    rows.push(
      cell(
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
        ),
    );
  }
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
    rows.map(r => `<w:tr>${r}</w:tr>`).join('') +
    '</w:tbl>'
  );
}

/** The 版记 section's even footer: the 版记 table and a 1 pt closing paragraph. */
export function renderImprintFooterXml(
  imprint: Imprint,
  profile: FontProfile,
): string {
  return (
    XML_DECLARATION +
    `<w:ftr ${W_ROOT_NAMESPACES}>` +
    renderImprintTable(imprint, profile) +
    paragraph(profile, '', {overrides: {line: TAIL_LINE}}) +
    '</w:ftr>'
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

/** The 版记 section: one empty paragraph, then its properties (starts on an even page). */
export function renderImprintSection(
  footers: {readonly odd: string; readonly even: string},
  profile: FontProfile,
): string {
  return (
    paragraph(profile, '', {}, BLANK_LINE) +
    '<w:sectPr>' +
    `<w:footerReference w:type="default" r:id="${footers.odd}"/>` +
    `<w:footerReference w:type="even" r:id="${footers.even}"/>` +
    '<w:type w:val="evenPage"/>' +
    `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>` +
    `<w:pgMar w:top="${MARGIN_TOP}" w:right="${MARGIN_RIGHT}" w:bottom="${MARGIN_BOTTOM}"` +
    ` w:left="${MARGIN_LEFT}" w:header="${HEADER_DISTANCE}" w:footer="${IMPRINT_FOOTER_DISTANCE}"` +
    ' w:gutter="0"/>' +
    '<w:cols w:space="720"/>' +
    `<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/>` +
    '</w:sectPr>'
  );
}
