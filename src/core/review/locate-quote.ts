// Which section of the report a reviewer's quoted text falls in, told from the text alone: the
// Drive comments API gives Google Docs anchors as opaque ids, but it does give the quoted text.

import {
  attachmentLines,
  type Block,
  type ReportDocument,
} from '../document/model';

/** Between the headings of a section path: "一、…／（一）主要举措". */
export const SECTION_PATH_SEPARATOR = '／';

const SPACES = /[\s\u00a0\u3000]+/g;
const LINE_BREAKS = /[\r\n\v\u2028\u2029]+/;

interface LocatedText {
  /** The block's text with every space removed. */
  readonly text: string;
  /** Headings the block falls under, outermost first; a heading includes itself. */
  readonly path: readonly string[];
}

/**
 * A function giving the heading path of the section a quote falls in, e.g.
 * "一、…成效／（一）主要举措／1、夯实法治工作基础。", or '' when it cannot be told. Spaces are
 * ignored. Each line of the quote (a selection may span paragraphs) must be part of one block's
 * text; a line found in several blocks, or lines in several sections, give the headings those
 * places share. A line found nowhere (the text changed since) gives ''.
 */
export function quoteLocator(
  document: ReportDocument,
): (quote: string) => string {
  const blocks = locatedTexts(document.blocks);
  return quote => {
    const lines = quote
      .split(LINE_BREAKS)
      .map(line => line.replace(SPACES, ''))
      .filter(line => line !== '');
    if (lines.length === 0) return '';
    let shared: readonly string[] | undefined;
    for (const line of lines) {
      const found = blocks.filter(b => b.text.includes(line));
      if (found.length === 0) return '';
      for (const block of found)
        shared = shared ? commonPrefix(shared, block.path) : block.path;
    }
    return (shared ?? []).join(SECTION_PATH_SEPARATOR);
  };
}

/** One quote located; see quoteLocator, which is cheaper for many quotes. */
export function locateQuote(document: ReportDocument, quote: string): string {
  return quoteLocator(document)(quote);
}

function locatedTexts(blocks: readonly Block[]): LocatedText[] {
  const headings: {level: number; text: string}[] = [];
  const located: LocatedText[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        while (
          headings.length > 0 &&
          headings[headings.length - 1].level >= block.level
        )
          headings.pop();
        headings.push({level: block.level, text: block.text});
        located.push(at(block.text, headings));
        break;
      case 'paragraph':
        located.push(at(block.text, headings));
        break;
      case 'title':
        located.push(at(block.lines.join(''), []));
        break;
      case 'addressee':
        located.push(at(block.text, []));
        break;
      case 'attachments':
        located.push(at(attachmentLines(block.names).join(''), []));
        break;
      case 'sign-off':
        located.push(at(`${block.units.join('')}${block.date}`, []));
        break;
      default: {
        const unreachable: never = block;
        throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return located;
}

function at(
  text: string,
  headings: readonly {readonly text: string}[],
): LocatedText {
  return {text: text.replace(SPACES, ''), path: headings.map(h => h.text)};
}

function commonPrefix(
  a: readonly string[],
  b: readonly string[],
): readonly string[] {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}
