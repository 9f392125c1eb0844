// word/footer1.xml and word/footer2.xml: the page number "— N —" in 4号 宋体, on odd pages at the
// right and on even pages at the left, one character in from the text block (GB/T 9704 7.5).

import {FontProfile} from './font-profiles';
import {W_ROOT_NAMESPACES} from './namespaces';
import {
  renderParagraphProperties,
  renderRunProperties,
} from './ooxml-properties';
import {PAGE_NUMBER_INSET} from './page-setup';
import {FOOTER} from './paragraph-formats';
import {XML_DECLARATION} from './xml-escape';

export type PageSide = 'odd' | 'even';

/** The dash on either side of the number: U+2014 EM DASH, a 一字线 in a Chinese font. */
export const PAGE_NUMBER_DASH = '\u2014';

/** The PAGE field as Word writes it; "1" is the cached result shown before fields update. */
function renderPageField(runProperties: string): string {
  const run = (content: string) => `<w:r>${runProperties}${content}</w:r>`;
  return (
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run('<w:t>1</w:t>') +
    run('<w:fldChar w:fldCharType="end"/>')
  );
}

/** A footer part holding "— N —"; odd pages right-aligned, even pages left-aligned. */
export function renderFooterXml(side: PageSide, profile: FontProfile): string {
  return (
    XML_DECLARATION +
    `<w:ftr ${W_ROOT_NAMESPACES}>` +
    renderPageNumberParagraph(side, profile) +
    '</w:ftr>'
  );
}

/** The paragraph "— N —" of a footer on `side`. */
export function renderPageNumberParagraph(
  side: PageSide,
  profile: FontProfile,
): string {
  const paragraphProperties = renderParagraphProperties(FOOTER, {
    overrides:
      side === 'odd'
        ? {
            align: 'right',
            indent: {firstLineChars: 0, right: PAGE_NUMBER_INSET},
          }
        : {align: 'left', indent: {firstLineChars: 0, left: PAGE_NUMBER_INSET}},
  });
  // w:hint="eastAsia" makes Word take the dash from the East Asian font, where it is one em wide.
  const dashProperties = renderRunProperties(FOOTER, profile, true);
  const numberProperties = renderRunProperties(FOOTER, profile);
  const dash = (text: string) =>
    `<w:r>${dashProperties}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  return (
    '<w:p>' +
    paragraphProperties +
    dash(`${PAGE_NUMBER_DASH} `) +
    renderPageField(numberProperties) +
    dash(` ${PAGE_NUMBER_DASH}`) +
    '</w:p>'
  );
}
