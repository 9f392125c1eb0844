// Writers for paragraph properties (w:pPr), run properties (w:rPr) and text runs (w:r), used
// alike by styles.xml, document.xml and the footers so that one format gives one set of XML.

import {FontProfile, RunFonts} from './font-profiles';
import type {LineSpacing} from './line-spacing';
import {Indent, ParagraphFormat} from './paragraph-formats';
import {escapeXml} from './xml-escape';

/** What a single paragraph may change from its format. */
export type ParagraphOverrides = Partial<
  Pick<ParagraphFormat, 'align' | 'indent' | 'keepNext' | 'line'>
>;

/** Twips of one character of the format's size (16 pt → 320). */
function characterTwips(format: ParagraphFormat): number {
  return format.halfPoints * 10;
}

function renderIndent(indent: Indent, charTwips: number): string {
  const chars = (hundredths: number) =>
    Math.round((hundredths * charTwips) / 100);
  let attributes = '';
  if (indent.left !== undefined) attributes += ` w:left="${indent.left}"`;
  if (indent.rightChars !== undefined) {
    attributes += ` w:right="${chars(indent.rightChars)}"`;
    attributes += ` w:rightChars="${indent.rightChars}"`;
  } else if (indent.right !== undefined) {
    attributes += ` w:right="${indent.right}"`;
  }
  if (indent.hanging !== undefined) {
    // A hanging indent replaces the first-line indent; firstLineChars="0" still overrides the
    // two characters inherited from Normal for Word.
    attributes += ` w:hanging="${indent.hanging}" w:firstLineChars="0"`;
    return `<w:ind${attributes}/>`;
  }
  // LibreOffice reads only firstLine; Word prefers firstLineChars. Write both, zero included,
  // so that a zero overrides the two characters inherited from Normal.
  attributes += ` w:firstLine="${chars(indent.firstLineChars)}"`;
  attributes += ` w:firstLineChars="${indent.firstLineChars}"`;
  return `<w:ind${attributes}/>`;
}

/** `w:pPr` for a paragraph of `format`; `styleId` is written unless `inStyle`. */
export function renderParagraphProperties(
  format: ParagraphFormat,
  options: {
    readonly inStyle?: boolean;
    readonly overrides?: ParagraphOverrides;
    /** Run properties of the paragraph mark (for empty paragraphs). */
    readonly markRunProperties?: string;
    /** Space above the paragraph in twips; 0 when not given. */
    readonly before?: number;
    /** `w:pBdr` and `w:tabs` elements, written where the schema puts them. */
    readonly borders?: string;
    readonly tabs?: string;
    /** The profile's spacing; exact (the format's height) when not given. */
    readonly lineSpacing?: LineSpacing;
  } = {},
): string {
  const f = {...format, ...options.overrides};
  return (
    '<w:pPr>' +
    (options.inStyle ? '' : `<w:pStyle w:val="${escapeXml(f.styleId)}"/>`) +
    (f.keepNext ? '<w:keepNext/>' : '') +
    (f.keepLines ? '<w:keepLines/>' : '') +
    '<w:widowControl w:val="0"/>' +
    (options.borders || '') +
    (options.tabs || '') +
    (f.snapToGrid ? '' : '<w:snapToGrid w:val="0"/>') +
    renderSpacing(f.line, options.lineSpacing, options.before ?? 0) +
    renderIndent(f.indent, characterTwips(f)) +
    `<w:jc w:val="${f.align}"/>` +
    (f.outlineLevel === undefined
      ? ''
      : `<w:outlineLvl w:val="${f.outlineLevel}"/>`) +
    (options.markRunProperties || '') +
    '</w:pPr>'
  );
}

function renderSpacing(
  exactLine: number,
  spacing: LineSpacing | undefined,
  before: number,
): string {
  return spacing?.rule === 'auto'
    ? `<w:spacing w:before="${before}" w:after="0" w:line="${spacing.line}" w:lineRule="auto"/>`
    : `<w:spacing w:before="${before}" w:after="0" w:line="${exactLine}" w:lineRule="exact"/>`;
}

/** `w:rFonts` with all four slots; Word picks the Chinese font from `w:eastAsia` alone. */
export function renderRunFonts(fonts: RunFonts, hintEastAsia = false): string {
  const latin = escapeXml(fonts.latin);
  return (
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}"` +
    ` w:eastAsia="${escapeXml(fonts.eastAsia)}" w:cs="${latin}"` +
    (hintEastAsia ? ' w:hint="eastAsia"' : '') +
    '/>'
  );
}

/**
 * `w:rPr` for text in `format` with the fonts of `profile`. `hintEastAsia` makes Word draw
 * ambiguous characters (the dashes around page numbers) with the East Asian font; `color` is
 * hex RGB ("FF0000"), black when not given.
 */
export function renderRunProperties(
  format: ParagraphFormat,
  profile: FontProfile,
  hintEastAsia = false,
  color?: string,
): string {
  return (
    '<w:rPr>' +
    renderRunFonts(profile[format.fontRole], hintEastAsia) +
    (format.notBold ? '<w:b w:val="0"/><w:bCs w:val="0"/>' : '') +
    (color ? `<w:color w:val="${color}"/>` : '') +
    (format.characterSpacing
      ? `<w:spacing w:val="${format.characterSpacing}"/>`
      : '') +
    `<w:sz w:val="${format.halfPoints}"/><w:szCs w:val="${format.halfPoints}"/>` +
    '</w:rPr>'
  );
}

/** One text run; spaces are preserved. */
export function renderTextRun(runProperties: string, text: string): string {
  return `<w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}
