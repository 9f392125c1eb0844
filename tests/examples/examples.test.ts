// The example workbooks of examples/ (four differently shaped reports): each prints exactly its
// hand-written expected.txt through the .xlsx path and through the Sheets path, with no error
// and no warning, and its committed workbook.xlsx still holds the cells of workbook.json.

import {resolve} from 'node:path';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {readSheetGrids} from '../../src/apps-script/sheets/read-sheet-grids';
import {buildReport, documentParagraphs} from '../../src/core/build-report';
import {FONT_PROFILES, packDocx, renderDocxParts} from '../../src/core/docx';
import type {Finding} from '../../src/core/findings/finding';
import {zipFiles} from '../../src/node/zip-files';
import {findingLine} from '../../src/core/findings/messages';
import {readXlsxWorkbook} from '../../src/node/xlsx-read';
import {
  exampleSlugs,
  guideRows,
  isRateRow,
  loadExample,
  readableGrids,
  type Example,
} from '../../scripts/examples/example-workbooks';
import {createFakeServices} from '../fakes/fake-environment';
import {DOC_MIME} from '../fakes/fake-drive';
import type {TabSeed} from '../fakes/fake-spreadsheet';
import {
  attributeAt,
  descendants,
  paragraphText,
  part,
  renderParsed,
  textParagraphs,
  type XmlElement,
} from '../core/docx/docx-xml';
import {readDocxBytes} from '../helpers/read-docx';

const ROOT = resolve(__dirname, '..', '..');
const SLUGS = exampleSlugs(ROOT);
const NOW = new Date(Date.UTC(2025, 1, 20, 2, 0, 0));

/**
 * Warnings an example may raise, by code, each with the reason it is right there. None today:
 * every example is finished (状态 已完成 everywhere) and its wording is correct.
 */
const ACCEPTED_WARNINGS: Readonly<Record<string, readonly string[]>> = {};

/** A finding as a comparable line: severity, code and cell. */
function findingKey(f: Finding): string {
  return `${f.severity} ${f.code} ${f.cell.tab}!R${f.cell.row}C${f.cell.column}`;
}

/** The example as the fake spreadsheet holds it: values as getValues() gives them, rates formatted. */
function sheetSeeds(example: Example): TabSeed[] {
  const guide: TabSeed = {
    name: '填写说明',
    rows: guideRows().map(row => row.map(v => v ?? '')),
  };
  return [
    guide,
    ...example.tabs.map(tab => ({
      name: tab.name,
      rows: tab.rows,
      numberFormats: tab.rows.map((row, r) =>
        row.map((_, c) =>
          tab.rows[0][c] === '数值' && isRateRow(tab, row, r) ? '0.0%' : null,
        ),
      ),
    })),
  ];
}

it('finds the four example workbooks', () => {
  expect(SLUGS).toEqual([
    'city-bureau',
    'county-joint',
    'district-continuing',
    'township-four-parts',
  ]);
});

describe.each(SLUGS)('example %s', slug => {
  const example = loadExample(ROOT, slug);

  it('keeps in workbook.xlsx the cells of workbook.json, after 填写说明 (run `npm run examples` after editing)', async () => {
    const read = await readXlsxWorkbook(example.xlsxPath);
    const [guide, ...tabs] = read.tabs.map(t => ({name: t.name, grid: t.grid}));
    expect(tabs).toEqual(readableGrids(example.tabs));
    // The guide is the clerk's help, not report input: it may lag behind guideLines() until
    // the next `npm run examples`, which rewrites it.
    expect(guide.name).toBe('填写说明');
    expect(guide.grid[0]).toEqual(['填写说明']);
    expect(guide.grid.length).toBeGreaterThan(20);
  });

  it('prints expected.txt from workbook.xlsx, with no error and no unexplained warning', async () => {
    const build = buildReport(await readXlsxWorkbook(example.xlsxPath));
    expect(documentParagraphs(build.document)).toEqual(example.expected);
    const unexpected = build.findings.filter(
      f =>
        f.severity === 'error' ||
        (f.severity === 'warning' &&
          !(ACCEPTED_WARNINGS[slug] ?? []).includes(f.code)),
    );
    expect(unexpected.map(findingLine)).toEqual([]);
  });

  it('reads the same cells from Sheets into the same paragraphs and findings', async () => {
    const xlsxBuild = buildReport(await readXlsxWorkbook(example.xlsxPath));
    const env = createFakeServices({tabs: sheetSeeds(example), now: () => NOW});
    const sheetsBuild = buildReport(readSheetGrids(env.spreadsheet).workbook);
    expect(documentParagraphs(sheetsBuild.document)).toEqual(example.expected);
    expect(sheetsBuild.findings.map(findingKey)).toEqual(
      xlsxBuild.findings.map(findingKey),
    );
  });

  it('renders a .docx, and 生成报告 a Google Doc, whose paragraphs are expected.txt', async () => {
    const build = buildReport(await readXlsxWorkbook(example.xlsxPath));
    const docx = readDocxBytes(
      packDocx(renderDocxParts(build.document, '公文'), zipFiles),
    );
    expect(docx.paragraphs()).toEqual(example.expected);

    const env = createFakeServices({tabs: sheetSeeds(example), now: () => NOW});
    expect(generateReport(env.services, NOW, 'scheduled').kind).toBe(
      'generated',
    );
    const docs = env.drive.files.filter(f => f.mimeType === DOC_MIME);
    expect(docs).toHaveLength(1);
    expect(readDocxBytes(docs[0].content!).paragraphs()).toEqual(
      example.expected,
    );
  });
});

describe('example county-joint in the .docx (公文 profile)', () => {
  const example = loadExample(ROOT, 'county-joint');
  const fonts = FONT_PROFILES['公文'];

  /** Each run's East Asian font and text, in order. */
  function runsOf(paragraph: XmlElement): {font: string; text: string}[] {
    return descendants(paragraph, 'w:r')
      .map(run => ({
        font: attributeAt(run, 'w:eastAsia', 'w:rPr', 'w:rFonts') ?? '',
        text: paragraphText(run),
      }))
      .filter(run => run.text !== '');
  }

  it('sets each run-in （一） heading in 楷体 and its body in 仿宋, within one paragraph', async () => {
    const build = buildReport(await readXlsxWorkbook(example.xlsxPath));
    const parts = renderParsed(build.document, '公文');
    const runIn = textParagraphs(part(parts, 'word/document.xml')).filter(p =>
      /^（[一二三四五六七八九十]+）/.test(paragraphText(p)),
    );
    // Five sections in part 一, two in 二, three in 三; every one runs on into its text.
    expect(runIn).toHaveLength(10);
    for (const paragraph of runIn) {
      const runs = runsOf(paragraph);
      const heading = runs.filter(r => r.font === fonts.heading2.eastAsia);
      const body = runs.filter(r => r.font === fonts.body.eastAsia);
      expect({
        heading: heading.map(r => r.text).join(''),
        order: runs.map(r => r.font),
      }).toEqual({
        heading: expect.stringMatching(/^（[一二三四五]）[^。]+。?$/),
        order: [...heading, ...body].map(r => r.font),
      });
      expect(heading.length).toBeGreaterThan(0);
      expect(body.length).toBeGreaterThan(0);
      expect(runs.map(r => r.text).join('')).toBe(paragraphText(paragraph));
    }
  });

  it('sets the 一、 headings, which stand alone, wholly in 黑体', async () => {
    const build = buildReport(await readXlsxWorkbook(example.xlsxPath));
    const parts = renderParsed(build.document, '公文');
    const chapters = textParagraphs(part(parts, 'word/document.xml')).filter(
      p => /^[一二三]、/.test(paragraphText(p)),
    );
    expect(chapters.map(paragraphText)).toEqual([
      '一、2024年法治政府建设主要举措和成效',
      '二、存在的不足和原因',
      '三、2025年工作安排',
    ]);
    for (const paragraph of chapters) {
      expect(new Set(runsOf(paragraph).map(r => r.font))).toEqual(
        new Set([fonts.heading1.eastAsia]),
      );
    }
  });
});
