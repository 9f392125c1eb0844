// Page geometry of GB/T 9704-2012 in twips (1/20 pt, 1/1440 inch) and the section properties
// that carry it. A4, text block 156 × 225 mm, 22 lines of 28 characters.

/** A4 is 210 × 297 mm; 11906 × 16838 twips (rounded, not floored, from millimetres). */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

/** Margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
export const MARGIN_TOP = 2098;
export const MARGIN_BOTTOM = 1984;
export const MARGIN_LEFT = 1588;
export const MARGIN_RIGHT = 1474;

/** Width of the text block: 8844 twips = 442.2 pt = 156 mm. */
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/** Header distance: there is no header, Word's usual 1.5 cm. */
export const HEADER_DISTANCE = 851;

/**
 * Footer distance, from the paper's bottom edge to the bottom of the page-number line.
 * GB/T 9704 puts the dash 7 mm below the text block, i.e. 35 − 7 = 28 mm (1587 twips) above the
 * paper's edge. The page-number line is 14 pt (280 twips) with exact spacing and the dash sits
 * about half a line (140 twips) above the line's bottom: 1587 − 140 ≈ 1440 twips (25.4 mm).
 */
export const FOOTER_DISTANCE = 1440;

/**
 * Exact line pitch: 579 twips = 28.95 pt, the largest pitch that fits 22 lines in the 225 mm
 * (12756 twips) text block; 22 × 579 = 12738. The common 560 (28 pt) also gives 22 lines but
 * leaves 17 pt unused at the page foot; 579 fills the block as the standard draws it.
 */
export const LINE_PITCH = 579;

/** Body text size: 3号 = 16 pt = 32 half-points; one body character is 320 twips. */
export const BODY_HALF_POINTS = 32;
export const BODY_CHARACTER = 320;

/**
 * Run character spacing in twentieths of a point: −0.25 pt. 28 × 16 pt = 448 pt exceeds the
 * 442.2 pt text width; 28 × 15.75 pt = 441 pt fits, so a full line holds exactly 28 characters.
 */
export const BODY_CHARACTER_SPACING = -5;

/** 2号 title, 22 pt; 4号 page number, 14 pt (half-points). */
export const TITLE_HALF_POINTS = 44;
export const PAGE_NUMBER_HALF_POINTS = 28;

/** Page numbers sit one character (of 14 pt) in from the text block's edge. */
export const PAGE_NUMBER_INSET = 280;

export interface FooterRelationshipIds {
  /** Footer of odd pages (Word's "default" footer once even/odd footers are on). */
  readonly odd: string;
  readonly even: string;
}

/**
 * The body's final `w:sectPr`. The grid is "lines" only: a `linesAndChars` grid with a negative
 * character pitch lays out 14–18 characters a line in LibreOffice.
 */
export function renderSectionProperties(
  footers: FooterRelationshipIds,
): string {
  return (
    '<w:sectPr>' +
    `<w:footerReference w:type="default" r:id="${footers.odd}"/>` +
    `<w:footerReference w:type="even" r:id="${footers.even}"/>` +
    `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>` +
    `<w:pgMar w:top="${MARGIN_TOP}" w:right="${MARGIN_RIGHT}" w:bottom="${MARGIN_BOTTOM}"` +
    ` w:left="${MARGIN_LEFT}" w:header="${HEADER_DISTANCE}" w:footer="${FOOTER_DISTANCE}"` +
    ' w:gutter="0"/>' +
    '<w:pgNumType w:fmt="decimal"/>' +
    '<w:cols w:space="720"/>' +
    `<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/>` +
    '</w:sectPr>'
  );
}
