// Where the body's last line falls: an estimate of the pages of the document.xml body we render,
// read back from that XML, so that the 报送 版记 can be placed as GB/T 9704-2012 7.4.1 wants
// (at the foot of the last page, an even one) without a layout engine.
//
// Every line of the report has an exact height, so the vertical estimate is only as good as the
// count of lines per paragraph. That count follows the line breaking of Word and LibreOffice on
// the 28-characters-a-line grid: one em per Chinese character and full-width mark, half an em
// per ASCII character, words of ASCII characters kept whole, a closing mark hanging past the
// margin (。，、；：！？) or pulling the character before it onto the next line (”）》 …), an
// opening mark (“（《 …) never left at a line's end. Fonts differ between machines (仿宋_GB2312
// on Windows, a fallback elsewhere) and so do a few line breaks: callers keep a margin.

import {
  MARGIN_BOTTOM,
  MARGIN_TOP,
  PAGE_HEIGHT,
  TEXT_WIDTH,
  BODY_HALF_POINTS,
  LINE_PITCH,
} from './page-setup';
import {characterWidth} from './text-width';

/** Height of the text block in twips: 225 mm. */
export const TEXT_BLOCK_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

export interface BodyEndEstimate {
  /** 1-based page holding the body's last line. */
  readonly lastPage: number;
  /** Twips of the text block the body fills on that page, from its top. */
  readonly usedOnLastPage: number;
}

/** Marks that may hang past the right margin when they fall just after a full line. */
const HANGING = new Set('。，、；：！？.,;:!?');
/** Marks that may not start a line: they take the character before them along. */
const NO_LINE_START = new Set('”’）》」』】〕〗〉…—·%‰℃)]}');
/** Marks that may not end a line: they move to the next one. */
const NO_LINE_END = new Set('“‘（《「『【〔〖〈([{');

interface Run {
  readonly text: string;
  readonly halfPoints: number;
  /** Character spacing in twips (twentieths of a point). */
  readonly spacing: number;
}

interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly line: number;
  readonly before: number;
  readonly after: number;
  readonly firstIndent: number;
  readonly left: number;
  readonly right: number;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
}

interface Table {
  readonly kind: 'table';
  /** Each row's cells: their width and paragraphs. */
  readonly rows: readonly {
    readonly width: number;
    readonly paragraphs: readonly Paragraph[];
  }[][];
}

const attribute = (xml: string, element: string, name: string) => {
  const tag = new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(-?\\d+)"`).exec(
    xml,
  );
  return tag ? Number(tag[1]) : undefined;
};

/** An on/off property as we write it: present as `<w:x/>` when on, absent when off. */
const has = (xml: string, element: string) => xml.includes(`<w:${element}/>`);

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function parseParagraph(xml: string): Paragraph {
  const end = xml.indexOf('</w:pPr>');
  const properties = end < 0 ? '' : xml.slice(0, end);
  // The paragraph's own properties, not those of its mark's run (w:rPr inside w:pPr).
  const own = properties.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, '');
  const markSize = attribute(properties, 'sz', 'val') ?? BODY_HALF_POINTS;
  const runs: Run[] = [];
  const runPattern = /<w:r>([\s\S]*?)<\/w:r>/g;
  const body = end < 0 ? xml : xml.slice(end);
  let firstSize: number | undefined;
  for (let m = runPattern.exec(body); m; m = runPattern.exec(body)) {
    const run = m[1];
    const halfPoints = attribute(run, 'sz', 'val') ?? markSize;
    const spacing = attribute(run, 'spacing', 'val') ?? 0;
    firstSize = firstSize ?? halfPoints;
    const pieces = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g;
    for (let p = pieces.exec(run); p; p = pieces.exec(run)) {
      const text =
        p[1] !== undefined ? unescape(p[1]) : p[0] === '<w:br/>' ? '\n' : '';
      if (text) runs.push({text, halfPoints, spacing});
    }
  }
  const size = firstSize ?? markSize;
  const chars = (hundredths: number | undefined) =>
    hundredths === undefined ? undefined : (hundredths * size * 10) / 100;
  const left = attribute(own, 'ind', 'left') ?? 0;
  const hanging = attribute(own, 'ind', 'hanging') ?? 0;
  const firstLine =
    chars(attribute(own, 'ind', 'firstLineChars') || undefined) ??
    attribute(own, 'ind', 'firstLine') ??
    0;
  const border = /<w:bottom\b[^>]*w:sz="(\d+)"[^>]*w:space="(\d+)"/.exec(own);
  return {
    kind: 'paragraph',
    runs,
    // Exact heights in the 公文 and 报送 layouts; a proportional line counts as a grid line.
    line: own.includes('w:lineRule="exact"')
      ? (attribute(own, 'spacing', 'line') ?? LINE_PITCH)
      : LINE_PITCH,
    before: attribute(own, 'spacing', 'before') ?? 0,
    after:
      (attribute(own, 'spacing', 'after') ?? 0) +
      (border ? Number(border[2]) * 20 + Number(border[1]) * 2.5 : 0),
    firstIndent: firstLine - hanging,
    left,
    right:
      chars(attribute(own, 'ind', 'rightChars') || undefined) ??
      attribute(own, 'ind', 'right') ??
      0,
    keepNext: has(own, 'keepNext'),
    keepLines: has(own, 'keepLines'),
  };
}

function parseTable(xml: string): Table {
  const rows = xml.split(/<w:tr\b[^>]*>/).slice(1);
  return {
    kind: 'table',
    rows: rows.map(row =>
      row
        .split(/<w:tc>/)
        .slice(1)
        .map(cell => ({
          width: attribute(cell, 'tcW', 'w') ?? TEXT_WIDTH,
          paragraphs: paragraphsOf(cell).map(parseParagraph),
        })),
    ),
  };
}

function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
}

/** The body's top-level paragraphs and tables, in order. */
function parseBody(xml: string): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [];
  const pattern = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    blocks.push(
      m[0].startsWith('<w:tbl>') ? parseTable(m[0]) : parseParagraph(m[0]),
    );
  }
  return blocks;
}

const isAscii = (char: string) => char > ' ' && char <= '~';
const isAlphanumeric = (char: string) => /[0-9A-Za-z]/.test(char);
const isIdeograph = (char: string) => char >= '\u4e00' && char <= '\u9fff';

/**
 * Extra space Word and LibreOffice put between a Chinese character and a letter or digit
 * (w:autoSpaceDE / w:autoSpaceDN, on by default): a quarter of an em.
 */
function autoSpace(before: string, char: string, em: number): number {
  return (isIdeograph(before) && isAlphanumeric(char)) ||
    (isAlphanumeric(before) && isIdeograph(char))
    ? em / 4
    : 0;
}

/** Number of lines `paragraph` takes in a column `width` twips wide. */
function countLines(paragraph: Paragraph, width: number): number {
  if (paragraph.runs.length === 0) return 1;
  const first =
    width - paragraph.left - paragraph.right - paragraph.firstIndent;
  const rest = width - paragraph.left - paragraph.right;
  let lines = 1;
  let available = first;
  let x = 0;
  let previous = 0;
  let previousChar = '';
  let word = 0;
  const newLine = (carried: number) => {
    lines++;
    available = rest;
    x = carried;
  };
  for (const run of paragraph.runs) {
    const em = run.halfPoints * 10;
    for (const char of run.text) {
      if (char === '\n') {
        newLine(0);
        previous = 0;
        word = 0;
        continue;
      }
      const w =
        (characterWidth(char) * em) / 100 +
        run.spacing +
        autoSpace(previousChar, char, em);
      const ascii = isAscii(char);
      if (x + w <= available + 1) {
        x += w;
      } else if (HANGING.has(char)) {
        x += w;
      } else if (ascii && word > 0 && word + w <= rest) {
        newLine(word + w);
      } else if (NO_LINE_START.has(char) || NO_LINE_END.has(previousChar)) {
        newLine(previous + w);
      } else {
        newLine(w);
      }
      word = ascii ? word + w : 0;
      previous = w;
      previousChar = char;
    }
  }
  return lines;
}

function paragraphHeight(paragraph: Paragraph, width: number): number {
  return (
    paragraph.before +
    countLines(paragraph, width) * paragraph.line +
    paragraph.after
  );
}

function tableHeight(table: Table): number {
  let height = 0;
  for (const row of table.rows) {
    height += Math.max(
      0,
      ...row.map(cell =>
        cell.paragraphs.reduce(
          (sum, p) => sum + paragraphHeight(p, cell.width),
          0,
        ),
      ),
    );
  }
  return height;
}

/**
 * Height that must stand on one page from paragraph `i` (of `lines` lines): all of it when kept
 * whole or kept with the next, then, along a chain of paragraphs kept with the next, each of
 * them and the first line (or all, when kept whole) of the paragraph that ends the chain.
 */
function keptHeight(
  blocks: readonly (Paragraph | Table)[],
  i: number,
  lines: number,
): number {
  const first = blocks[i] as Paragraph;
  let height = first.before + lines * first.line;
  for (let j = i; j + 1 < blocks.length; j++) {
    const current = blocks[j];
    const next = blocks[j + 1];
    if (current.kind === 'table' || !current.keepNext) break;
    if (next.kind === 'table') return height + tableHeight(next);
    height += current.after + next.before;
    height +=
      next.keepNext || next.keepLines
        ? countLines(next, TEXT_WIDTH) * next.line
        : next.line;
  }
  return height;
}

/**
 * Pages of `bodyXml` (the body's paragraphs and tables as we render them): lines fill the text
 * block; a paragraph kept whole (keepLines) or kept with the next (keepNext, chained) moves to a
 * new page when it would not fit; other paragraphs break between lines (widow control is off).
 */
export function estimateBodyEnd(bodyXml: string): BodyEndEstimate {
  const blocks = parseBody(bodyXml);
  let page = 1;
  let used = 0;
  const breakPage = () => {
    page++;
    used = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'table') {
      const height = tableHeight(block);
      if (used > 0 && used + height > TEXT_BLOCK_HEIGHT) breakPage();
      used += height;
      continue;
    }
    const lines = countLines(block, TEXT_WIDTH);
    if (block.keepNext || block.keepLines) {
      const needed = keptHeight(blocks, i, lines);
      if (
        used > 0 &&
        used + needed > TEXT_BLOCK_HEIGHT &&
        needed <= TEXT_BLOCK_HEIGHT
      ) {
        breakPage();
      }
    }
    used += block.before;
    for (let line = 0; line < lines; line++) {
      if (used > 0 && used + block.line > TEXT_BLOCK_HEIGHT) breakPage();
      used += block.line;
    }
    used = Math.min(TEXT_BLOCK_HEIGHT, used + block.after);
  }
  return {lastPage: page, usedOnLastPage: used};
}
