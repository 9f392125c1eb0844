// What a .docx says about its layout, read from its XML: page size, margins, the East Asian
// fonts, the most used line spacing, the line grid, character spacing, footers and the page
// number field. For 自检, to compare a test .docx with what Google Docs gives back.

import type {UnzipText} from '../docx/zip-port';

export interface DocxFacts {
  /** Twips; undefined when the part or element is missing. */
  readonly pageSize?: {readonly width: number; readonly height: number};
  readonly margins?: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Every `w:eastAsia` font named, sorted. */
  readonly eastAsiaFonts: readonly string[];
  /** The line spacing most paragraphs use, e.g. "579 exact" or "300 auto". */
  readonly lineSpacing?: string;
  /** The `w:docGrid` line pitch in twips; undefined without a line grid. */
  readonly gridPitch?: number;
  readonly characterSpacing: boolean;
  readonly footers: number;
  readonly evenAndOddFooters: boolean;
  readonly pageNumberField: boolean;
}

/** Reads the facts from the parts `unzip` gives; throws when the bytes are not a zip. */
export function docxFacts(bytes: Uint8Array, unzip: UnzipText): DocxFacts {
  const parts = unzip(bytes);
  const text = (path: string) => parts[path] ?? '';
  const document = text('word/document.xml');
  const styles = text('word/styles.xml');
  const footers = Object.keys(parts)
    .filter(p => /^word\/footer\d*\.xml$/.test(p))
    .map(text);
  const size = /<w:pgSz\b[^>]*?w:w="(\d+)"[^>]*?w:h="(\d+)"/.exec(document);
  const margin = (side: string) =>
    Number(
      new RegExp(`<w:pgMar\\b[^>]*?w:${side}="(-?\\d+)"`).exec(document)?.[1],
    );
  const hasMargins = /<w:pgMar\b/.test(document);
  const grid = /<w:docGrid\b[^>]*?w:linePitch="(\d+)"/.exec(document);
  return {
    pageSize: size
      ? {width: Number(size[1]), height: Number(size[2])}
      : undefined,
    margins: hasMargins
      ? {
          top: margin('top'),
          right: margin('right'),
          bottom: margin('bottom'),
          left: margin('left'),
        }
      : undefined,
    eastAsiaFonts: uniqueSorted(
      captures(`${styles}${document}`, /w:eastAsia="([^"]+)"/, m => m[1]),
    ),
    lineSpacing: mostUsed(
      captures(
        document,
        /<w:spacing\b[^>]*?w:line="(\d+)"(?:[^>]*?w:lineRule="(\w+)")?/,
        m => `${m[1]} ${m[2] ?? 'auto'}`,
      ),
    ),
    gridPitch: grid ? Number(grid[1]) : undefined,
    characterSpacing: /<w:rPr>(?:(?!<\/w:rPr>).)*<w:spacing w:val="-?\d+"/.test(
      `${styles}${document}`,
    ),
    footers: footers.length,
    evenAndOddFooters: /<w:evenAndOddHeaders\b/.test(text('word/settings.xml')),
    pageNumberField: footers.some(f => /\bPAGE\b/.test(f)),
  };
}

/** The first group of every match of `pattern` (global) in `text` (ES2019: no matchAll). */
function captures(
  text: string,
  pattern: RegExp,
  format: (m: RegExpExecArray) => string,
): string[] {
  const found: string[] = [];
  const re = new RegExp(pattern.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(format(m));
  return found;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function mostUsed(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts)
    if (!best || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
