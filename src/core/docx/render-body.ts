// word/document.xml: one w:p per line of the report, then the section properties.

import {
  attachmentLines,
  Block,
  ParagraphBlock,
  ReportDocument,
  RunInHeading,
} from '../document/model';
import {FontProfile} from './font-profiles';
import {lineSpacingOf} from './line-spacing';
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
  ATTACHMENT,
  BODY,
  ParagraphFormat,
  SIGN_OFF_DATE,
  SIGN_OFF_UNIT,
  TITLE,
  charsToTwips,
  headingFormat,
} from './paragraph-formats';
import {renderBlankLine} from './render-blank-line';
import {renderMasthead} from './render-masthead';
import {
  computeSealedSignOffIndents,
  computeSignOffIndents,
} from './sign-off-layout';
import {measureLineWidth} from './text-width';
import {SEAL_BLANK_LINES, SEALED_DATE_RIGHT_CHARS} from './submission-formats';
import {XML_DECLARATION} from './xml-escape';

const TWO_CHARS = 200;

function renderTextParagraph(
  format: ParagraphFormat,
  profile: FontProfile,
  text: string,
  overrides: ParagraphOverrides = {},
): string {
  return (
    '<w:p>' +
    renderParagraphProperties(format, {
      overrides,
      lineSpacing: lineSpacingOf(profile),
    }) +
    renderTextRun(renderRunProperties(format, profile), text) +
    '</w:p>'
  );
}

/**
 * The sign-off: a blank line, the organs (one line each), the date. The blank line and the organ
 * lines keep with the next line, and the block before keeps with the blank line, so the sign-off
 * never stands alone at the top of a page.
 */
function renderSignOff(
  units: readonly string[],
  date: string,
  profile: FontProfile,
  sealed: boolean,
): string {
  const indents = sealed
    ? computeSealedSignOffIndents(units, date, SEALED_DATE_RIGHT_CHARS)
    : computeSignOffIndents(units, date);
  const unitLines = units.map((unit, i) =>
    renderTextParagraph(SIGN_OFF_UNIT, profile, unit, {
      indent: {firstLineChars: 0, rightChars: indents.unitRightChars[i]},
      keepNext: i < units.length - 1 || date !== '',
    }),
  );
  return (
    renderBlankLine(profile, true).repeat(sealed ? SEAL_BLANK_LINES : 1) +
    unitLines.join('') +
    (date
      ? renderTextParagraph(SIGN_OFF_DATE, profile, date, {
          indent: {firstLineChars: 0, rightChars: indents.dateRightChars},
        })
      : '')
  );
}

/**
 * 附件说明 (GB/T 9704 7.3.4): a blank line, then "附件：1.名称" two characters in; the next names
 * stand under "1.", and a long name wraps under its own first character (a hanging indent).
 */
function renderAttachments(
  names: readonly string[],
  profile: FontProfile,
): string {
  const lines = attachmentLines(names);
  const lead = measureLineWidth('附件：');
  const paragraphs = lines.map((line, i) => {
    const number = names.length === 1 ? '' : `${i + 1}.`;
    const nameStart = TWO_CHARS + lead + measureLineWidth(number);
    const hanging = (i === 0 ? lead : 0) + measureLineWidth(number);
    return renderTextParagraph(ATTACHMENT, profile, line, {
      indent: {
        firstLineChars: 0,
        left: charsToTwips(nameStart, ATTACHMENT),
        hanging: charsToTwips(hanging, ATTACHMENT),
      },
      keepNext: true,
    });
  });
  return renderBlankLine(profile, true) + paragraphs.join('');
}

/** A paragraph that opens with a run-in heading: the heading text in its heading's font. */
function renderRunInParagraph(
  block: ParagraphBlock & {readonly runIn: RunInHeading},
  profile: FontProfile,
  overrides: ParagraphOverrides,
): string {
  const rest = block.text.slice(block.runIn.text.length);
  return (
    '<w:p>' +
    renderParagraphProperties(BODY, {
      overrides,
      lineSpacing: lineSpacingOf(profile),
    }) +
    renderTextRun(
      renderRunProperties(headingFormat(block.runIn.level), profile),
      block.runIn.text,
    ) +
    (rest ? renderTextRun(renderRunProperties(BODY, profile), rest) : '') +
    '</w:p>'
  );
}

/** The XML of one block; `keepNext` is set when the next block is the sign-off. */
function renderBlock(
  block: Block,
  profile: FontProfile,
  keepNext: boolean,
  sealed: boolean,
): string {
  const keep: ParagraphOverrides = keepNext ? {keepNext: true} : {};
  switch (block.kind) {
    case 'title':
      // GB/T 9704 7.3.3: one blank line under the title, whatever its number of lines.
      return (
        block.lines
          .map(line => renderTextParagraph(TITLE, profile, line))
          .join('') + renderBlankLine(profile, true)
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
      return block.runIn
        ? renderRunInParagraph({...block, runIn: block.runIn}, profile, keep)
        : renderTextParagraph(BODY, profile, block.text, keep);
    case 'attachments':
      return renderAttachments(block.names, profile);
    case 'sign-off':
      return renderSignOff(block.units, block.date, profile, sealed);
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The body's paragraphs as XML; the 报送 layout puts the 版头 first and seals the sign-off. */
export function renderBodyXml(
  doc: ReportDocument,
  profile: FontProfile,
  submission: boolean,
): string {
  const blocks = doc.blocks;
  const paragraphs = blocks.map((block, index) => {
    const next = blocks[index + 1];
    return renderBlock(
      block,
      profile,
      next !== undefined &&
        (next.kind === 'sign-off' || next.kind === 'attachments'),
      submission,
    );
  });
  // A body needs at least one paragraph for Word to open it.
  if (paragraphs.length === 0) paragraphs.push(renderBlankLine(profile, false));
  const masthead =
    submission && doc.submission?.masthead
      ? renderMasthead(doc.submission.masthead, profile)
      : '';
  return masthead + paragraphs.join('');
}

/** What follows the body in the 报送 layout: the 版记, floating or in a section of its own. */
export interface DocumentEnding {
  /** Paragraphs (the 版记 text box's anchor) that end the body's section. */
  readonly closing?: string;
  /** A last section after the body's. */
  readonly section?: string;
}

/**
 * The main document part: `body` (from renderBodyXml), then `ending`; `footers` are the
 * relationship ids of the body's two footer parts.
 */
export function renderDocumentXml(
  body: string,
  footers: FooterRelationshipIds,
  ending: DocumentEnding = {},
): string {
  const content = body + (ending.closing ?? '');
  const section = renderSectionProperties(footers);
  return (
    XML_DECLARATION +
    `<w:document ${W_ROOT_NAMESPACES}><w:body>` +
    (ending.section
      ? endSectionAtLastParagraph(content, section) + ending.section
      : content + section) +
    '</w:body></w:document>'
  );
}

/**
 * Ends the body's section with its last paragraph: the section properties go last in that
 * paragraph's w:pPr (the schema's place), so no extra paragraph can spill onto a page of its own.
 */
function endSectionAtLastParagraph(body: string, section: string): string {
  const end = body.lastIndexOf('</w:pPr>');
  if (end < 0) throw new Error('a body without paragraph properties');
  return body.slice(0, end) + section + body.slice(end);
}
