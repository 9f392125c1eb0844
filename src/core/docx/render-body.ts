// word/document.xml: one w:p per line of the report, then the section properties.

import {Block, ReportDocument} from '../document/model';
import {FontProfile} from './font-profiles';
import {W_ROOT_NAMESPACES} from './namespaces';
import {
  ParagraphOverrides,
  renderParagraphProperties,
  renderRunProperties,
  renderTextRun,
} from './ooxml-properties';
import {FooterRelationshipIds, renderSectionProperties} from './page-setup';
import {
  ADDRESSEE,
  BLANK_LINE,
  BODY,
  ParagraphFormat,
  SIGN_OFF_DATE,
  SIGN_OFF_UNIT,
  TITLE,
  headingFormat,
} from './paragraph-formats';
import {computeSignOffIndents} from './sign-off-layout';
import {XML_DECLARATION} from './xml-escape';

function renderTextParagraph(
  format: ParagraphFormat,
  profile: FontProfile,
  text: string,
  overrides: ParagraphOverrides = {},
): string {
  return (
    '<w:p>' +
    renderParagraphProperties(format, {overrides}) +
    renderTextRun(renderRunProperties(format, profile), text) +
    '</w:p>'
  );
}

/** An empty line of body height; it has no run, only the mark's properties. */
function renderBlankLine(profile: FontProfile, keepNext: boolean): string {
  return (
    '<w:p>' +
    renderParagraphProperties(BLANK_LINE, {
      overrides: {keepNext},
      markRunProperties: renderRunProperties(BLANK_LINE, profile),
    }) +
    '</w:p>'
  );
}

/**
 * The sign-off: a blank line, the unit, the date. The blank line and the unit keep with the
 * next line, and the block before keeps with the blank line, so the sign-off never stands alone
 * at the top of a page.
 */
function renderSignOff(
  unit: string,
  date: string,
  profile: FontProfile,
): string {
  const indents = computeSignOffIndents(unit, date);
  const unitOverrides: ParagraphOverrides = {
    indent: {firstLineChars: 0, rightChars: indents.unitRightChars},
    keepNext: date !== '',
  };
  return (
    renderBlankLine(profile, true) +
    renderTextParagraph(SIGN_OFF_UNIT, profile, unit, unitOverrides) +
    (date
      ? renderTextParagraph(SIGN_OFF_DATE, profile, date, {
          indent: {firstLineChars: 0, rightChars: indents.dateRightChars},
        })
      : '')
  );
}

/** The XML of one block; `keepNext` is set when the next block is the sign-off. */
function renderBlock(
  block: Block,
  profile: FontProfile,
  keepNext: boolean,
): string {
  const keep: ParagraphOverrides = keepNext ? {keepNext: true} : {};
  switch (block.kind) {
    case 'title':
      // GB/T 9704 7.3.3: one blank line under the title.
      return (
        renderTextParagraph(TITLE, profile, block.text) +
        renderBlankLine(profile, true)
      );
    case 'addressee':
      return renderTextParagraph(ADDRESSEE, profile, block.text, keep);
    case 'heading':
      return renderTextParagraph(
        headingFormat(block.level),
        profile,
        block.text,
      );
    case 'paragraph':
      return renderTextParagraph(BODY, profile, block.text, keep);
    case 'sign-off':
      return renderSignOff(block.unit, block.date, profile);
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The main document part; `footers` are the relationship ids of the two footer parts. */
export function renderDocumentXml(
  doc: ReportDocument,
  profile: FontProfile,
  footers: FooterRelationshipIds,
): string {
  const blocks = doc.blocks;
  const paragraphs = blocks.map((block, index) => {
    const next = blocks[index + 1];
    return renderBlock(
      block,
      profile,
      next !== undefined && next.kind === 'sign-off',
    );
  });
  // A body needs at least one paragraph for Word to open it.
  if (paragraphs.length === 0) paragraphs.push(renderBlankLine(profile, false));
  return (
    XML_DECLARATION +
    `<w:document ${W_ROOT_NAMESPACES}><w:body>` +
    paragraphs.join('') +
    renderSectionProperties(footers) +
    '</w:body></w:document>'
  );
}
