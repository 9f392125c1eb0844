// The 报送 .docx as LibreOffice lays it out (PDF, read back with poppler): the 版记 closes an even
// last page at the text block's foot — the body's own last page when it is even and has room, the
// next page (numbered) when the body ends on an odd one, after an unnumbered blank page otherwise
// (GB/T 9704-2012 7.4.1, 7.5) — for the sample and for bodies of 26 other lengths; the 版头 on
// page 1 starts 35 mm below the text block's top (7.2.4). Needs libreoffice-writer-nogui,
// poppler-utils and fonts-noto-cjk (.ci/run installs them); skipped locally without them.

import {spawnSync} from 'child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {basename, join} from 'path';
import {buildReport} from '../../src/core/build-report';
import type {ReportDocument} from '../../src/core/document/model';
import {renderDocxParts} from '../../src/core/docx';
import {packDocx} from '../../src/core/docx';
import {FONT_PROFILES} from '../../src/core/docx/font-profiles';
import type {ImprintPlacement} from '../../src/core/docx/imprint-placement';
import {renderBodyXml} from '../../src/core/docx/render-body';
import {renderImprintEnding} from '../../src/core/docx/render-imprint-ending';
import {estimateBodyEnd} from '../../src/core/docx/estimate-pages';
import {LINE_PITCH} from '../../src/core/docx/page-setup';
import {zipFiles} from '../../src/node/zip-files';
import {submissionWorkbook} from '../helpers/submission-workbook';
import {convertWithLibreOffice, libreOfficeInstalled} from './office-tools';

const WRITER = '/usr/lib/libreoffice/program/libswlo.so';
const ready =
  libreOfficeInstalled() &&
  existsSync(WRITER) &&
  spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
if (!ready && !process.env.CI) {
  console.warn(
    'Skipping the 报送 render test: install libreoffice-writer-nogui poppler-utils fonts-noto-cjk',
  );
}
const withOffice = ready || process.env.CI ? describe : describe.skip;

/** PDF export that keeps the blank pages LibreOffice inserts for an even-page section. */
const PDF_WITH_BLANK_PAGES =
  'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/** Points from the page top: 1 mm = 72 / 25.4 pt. */
const MM = 72 / 25.4;
const TEXT_BLOCK_TOP = 37 * MM;
const TEXT_BLOCK_BOTTOM = (297 - 35) * MM;

/** The body's pages end on an odd page as the sample stands, on an even one with two 附件. */
const VARIANTS = {
  sample: {},
  withAttachments: {
    附件: '古荡街道2024年度法治政府建设工作台账\n古荡街道2024年度行政执法数据统计表',
  },
} as const;

/**
 * Bodies of other lengths: the sample's first `keep` blocks, then (`twice`) its text a second
 * time, then its sign-off.
 */
function shortened(
  doc: ReportDocument,
  keep: number,
  twice: boolean,
): ReportDocument {
  const signOff = doc.blocks.findIndex(b => b.kind === 'sign-off');
  return {
    ...doc,
    blocks: [
      ...doc.blocks.slice(0, keep),
      ...(twice ? doc.blocks.slice(2, signOff) : []),
      ...doc.blocks.slice(signOff),
    ],
  };
}

const placementOf = (doc: ReportDocument): ImprintPlacement =>
  renderImprintEnding(
    doc.submission!.imprint!,
    FONT_PROFILES.公文,
    renderBodyXml(doc, FONT_PROFILES.公文, true),
  ).placement;

/** The estimated page and line (1-based) of the body's last line. */
function estimatedEnd(doc: ReportDocument): {page: number; line: number} {
  const end = estimateBodyEnd(renderBodyXml(doc, FONT_PROFILES.公文, true));
  return {
    page: end.lastPage,
    line: Math.ceil(end.usedOnLastPage / LINE_PITCH - 0.01),
  };
}

interface Word {
  readonly yMin: number;
  readonly yMax: number;
  readonly text: string;
}

/** 10 pixels a millimetre; 40 for the thin 版记 lines, in a narrow strip. */
const DPI = 254;
const FINE_DPI = 1016;

interface Raster {
  readonly width: number;
  readonly height: number;
  /** Rows (pixel y) where at least `share` of the pixels match, with their first and last x. */
  rows(
    match: (r: number, g: number, b: number) => boolean,
    share: number,
  ): {readonly y: number; readonly x0: number; readonly x1: number}[];
}

/** One page, or a crop of it in pixels, as a raster (binary PPM from pdftoppm). */
function raster(
  pdf: string,
  page: number,
  dpi = DPI,
  crop: readonly string[] = [],
): Raster {
  const run = spawnSync(
    'pdftoppm',
    ['-r', `${dpi}`, '-f', `${page}`, '-l', `${page}`, ...crop, pdf],
    {maxBuffer: 64 * 1024 * 1024},
  );
  const bytes = run.stdout as Buffer;
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(
    bytes.subarray(0, 40).toString('latin1'),
  );
  if (!header) throw new Error('not a PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  return {
    width,
    height,
    rows(match, share) {
      const found = [];
      for (let y = 0; y < height; y++) {
        let count = 0;
        let x0 = -1;
        let x1 = -1;
        for (let x = 0; x < width; x++) {
          const i = start + (y * width + x) * 3;
          if (match(bytes[i], bytes[i + 1], bytes[i + 2])) {
            count++;
            if (x0 < 0) x0 = x;
            x1 = x;
          }
        }
        if (count >= share * width) found.push({y, x0, x1});
      }
      return found;
    },
  };
}

const red = (r: number, g: number, b: number) => r > 180 && g < 100 && b < 100;
const dark = (r: number, g: number, b: number) => r < 110 && g < 110 && b < 110;
/** Pixels to millimetres. */
const mm = (pixels: number) => (pixels * 25.4) / DPI;

interface Line {
  y0: number;
  y1: number;
  readonly x0: number;
  readonly x1: number;
}

/** Runs of consecutive rows: each line drawn, its extent taken from its first row. */
function lines(
  rows: readonly {
    readonly y: number;
    readonly x0: number;
    readonly x1: number;
  }[],
): Line[] {
  const runs: Line[] = [];
  for (const {y, x0, x1} of rows) {
    const last = runs[runs.length - 1];
    if (last && y === last.y1 + 1) last.y1 = y;
    else runs.push({y0: y, y1: y, x0, x1});
  }
  return runs;
}

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', `${page}`, '-l', `${page}`];
  const run = spawnSync('pdftotext', [...range, '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

function words(pdf: string, page: number): Word[] {
  const run = spawnSync(
    'pdftotext',
    ['-f', `${page}`, '-l', `${page}`, '-bbox', pdf, '-'],
    {encoding: 'utf8'},
  );
  const found: Word[] = [];
  const pattern = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g;
  for (const m of run.stdout.matchAll(pattern)) {
    found.push({yMin: Number(m[1]), yMax: Number(m[2]), text: m[3]});
  }
  return found;
}

withOffice('the 报送 .docx rendered by LibreOffice', () => {
  const pdfs: Record<string, string> = {};
  const placements: Record<string, ImprintPlacement> = {};
  const estimates: Record<string, {page: number; line: number}> = {};
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-submission-render-'));
    const docs: Record<string, ReportDocument> = {};
    for (const [name, values] of Object.entries(VARIANTS)) {
      docs[name] = buildReport(submissionWorkbook(values)).document;
    }
    for (let keep = 2; keep <= 28; keep += 2) {
      for (const twice of [false, true]) {
        if (keep % 4 === 0 && twice) continue;
        docs[`body-${keep}${twice ? '-twice' : ''}`] = shortened(
          docs.sample,
          keep,
          twice,
        );
      }
    }
    const files = Object.entries(docs).map(([name, doc]) => {
      placements[name] = placementOf(doc);
      estimates[name] = estimatedEnd(doc);
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, packDocx(renderDocxParts(doc, '报送'), zipFiles));
      return file;
    });
    const outdir = convertWithLibreOffice(files, PDF_WITH_BLANK_PAGES);
    for (const file of files) {
      pdfs[basename(file, '.docx')] = join(
        outdir,
        basename(file).replace(/\.docx$/, '.pdf'),
      );
    }
  }, 300_000);

  const pagesOf = (pdf: string) => pdfText(pdf).split('\f').slice(0, -1);
  /** The 1-based page of the sign-off date: where the body ends. */
  const bodyEnd = (pages: string[]) =>
    pages.findIndex(p => p.includes('2025 年 2 月 5 日')) + 1;
  const pageNumber = (page: string) => /—\s*(\d+)\s*—/.exec(page)?.[1];

  it('closes every document with the 版记 on its last page, an even one', () => {
    expect(Object.keys(pdfs).length).toBeGreaterThan(20);
    for (const [name, pdf] of Object.entries(pdfs)) {
      const pages = pagesOf(pdf);
      const last = pages[pages.length - 1];
      expect([name, pages.length % 2]).toEqual([name, 0]);
      expect(last).toContain('抄送：区委依法治区办，区司法局。');
      expect(last).toMatch(/古荡街道党政办公室 +2025 年 2 月 6 日印发/);
      expect(pages.filter(p => p.includes('印发')).length).toBe(1);
    }
  });

  it('puts the 版记 where its plan says, numbering the pages as 7.5 does', () => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      const pages = pagesOf(pdf);
      const end = bodyEnd(pages);
      const last = pages[pages.length - 1];
      const seen = {
        name,
        placement: placements[name],
        end,
        pages: pages.length,
      };
      expect(end).toBeGreaterThan(0);
      switch (placements[name]) {
        case 'foot-of-last-page':
          // Under the body on its last page, an even one, which keeps its number.
          expect(seen).toEqual({...seen, end: pages.length});
          expect(pageNumber(last)).toBe(`${pages.length}`);
          break;
        case 'own-even-page':
          // The next page after an odd last body page, numbered: no blank page before it.
          expect(seen).toEqual({...seen, end: pages.length - 1});
          expect(pageNumber(last)).toBe(`${pages.length}`);
          break;
        case 'after-blank-page':
          expect(seen).toEqual({...seen, end: pages.length - 2});
          expect(pages[end].trim()).toBe('');
          expect(pageNumber(last)).toBeUndefined();
          break;
      }
    }
  });

  it('estimates the page and line of the body’s last line as LibreOffice lays it out', () => {
    /** A line's glyphs end inside its 28.95 pt line box, counted from the text block's top. */
    const linePoints = LINE_PITCH / 20;
    for (const [name, pdf] of Object.entries(pdfs)) {
      const page = bodyEnd(pagesOf(pdf));
      const dateBottom = Math.max(
        ...words(pdf, page)
          .filter(w => w.text === '日')
          .map(w => w.yMax),
      );
      const line = Math.ceil((dateBottom - TEXT_BLOCK_TOP) / linePoints);
      const estimate = estimates[name];
      // Measured on this machine: equal on all 60 bodies tried (README); one line is allowed.
      const off = (page - estimate.page) * 22 + line - estimate.line;
      expect({name, off: Math.abs(off) <= 1}).toEqual({name, off: true});
    }
  });

  it('exercises every placement, the sample and two 附件 each a different one', () => {
    expect(placements.sample).toBe('own-even-page');
    expect(placements.withAttachments).toBe('foot-of-last-page');
    expect(new Set(Object.values(placements))).toEqual(
      new Set(['foot-of-last-page', 'own-even-page', 'after-blank-page']),
    );
  });

  it('sets the 印发 line on the text block’s bottom edge of the last page', () => {
    for (const pdf of Object.values(pdfs)) {
      const pages = pagesOf(pdf).length;
      const printing = words(pdf, pages).filter(w => w.text.endsWith('印发'));
      expect(printing).toHaveLength(1);
      // Its line (29 pt) ends on the last thick line, at the text block's foot.
      expect(printing[0].yMax).toBeLessThanOrEqual(TEXT_BLOCK_BOTTOM + 1);
      expect(printing[0].yMax).toBeGreaterThan(TEXT_BLOCK_BOTTOM - 10);
    }
  });

  it('starts the 发文机关标志 35 mm below the text block’s top, then the 发文字号 and the title', () => {
    const page = words(pdfs.sample, 1);
    const mark = page.find(w => w.text.startsWith('杭州市西湖区'))!;
    // pdftotext's box starts at the font's ascent, a little above the characters' top edge.
    expect(Math.abs(mark.yMin - (TEXT_BLOCK_TOP + 35 * MM))).toBeLessThan(
      2 * MM,
    );
    const number = page.find(w => w.text.startsWith('古街〔2025〕'))!;
    const title = page.find(w => w.text.startsWith('古荡街道'))!;
    expect(number.yMin).toBeGreaterThan(mark.yMax);
    expect(title.yMin).toBeGreaterThan(number.yMax);
    expect(pdfText(pdfs.sample, 1)).toMatch(/—\s*1\s*—/);
  });

  it('draws the mark’s top 72 mm from the paper’s top and the red line 4 mm under the 发文字号, 156 mm wide', () => {
    const page = raster(pdfs.sample, 1);
    const marks = page.rows(red, 0.01);
    // 37 mm margin + 35 mm (7.2.4), to the top of the characters' ink.
    expect(Math.abs(mm(marks[0].y) - 72)).toBeLessThan(0.5);
    const [line] = lines(page.rows(red, 0.5));
    expect(Math.abs(mm(line.x0) - 28)).toBeLessThan(0.3);
    expect(Math.abs(mm(line.x1 - line.x0) - 156)).toBeLessThan(0.5);
    const ink = page
      .rows(dark, 0.001)
      .filter(r => r.y < line.y0)
      .pop()!;
    expect(Math.abs(mm(line.y0 - ink.y) - 4)).toBeLessThan(0.5);
  });

  it.each(['sample', 'withAttachments'])(
    'draws the 版记 lines thick, thin, thick, the last on the text block’s bottom edge (262 mm) (%s)',
    name => {
      const pages = pagesOf(pdfs[name]).length;
      // A 10 mm wide strip of the page's lower part, 40 pixels a millimetre.
      const px = (millimetres: number) => `${millimetres * 40}`;
      const top = 200;
      const strip = raster(pdfs[name], pages, FINE_DPI, [
        ...['-x', px(100), '-y', px(top), '-W', px(10), '-H', px(70)],
      ]);
      const drawn = lines(strip.rows(dark, 0.9));
      expect(drawn).toHaveLength(3);
      // 0.35 mm is 14 pixels, 0.25 mm 10 (anti-aliasing may add or take one).
      const thickness = drawn.map(l => (l.y1 - l.y0 + 1) / 40);
      expect(thickness[0]).toBeGreaterThan(thickness[1]);
      expect(thickness[2]).toBeGreaterThan(thickness[1]);
      for (const t of [thickness[0], thickness[2]]) {
        expect(Math.abs(t - 0.35)).toBeLessThan(0.06);
      }
      expect(Math.abs(thickness[1] - 0.25)).toBeLessThan(0.06);
      expect(Math.abs(top + drawn[2].y1 / 40 - 262)).toBeLessThan(0.5);
    },
  );
});
