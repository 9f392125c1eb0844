// word/document.xml: page setup, paragraph layout and the text of every block.

import {blockTexts, paragraph} from '../../../src/core/document/model';
import {
  XmlElement,
  attributeAt,
  bodyParagraphs,
  descendants,
  paragraphText,
  part,
  path,
  renderParsed,
  styleOf,
  textParagraphs,
} from './docx-xml';
import {SAMPLE_REPORT} from './sample-report';

const documentXml = part(
  renderParsed(SAMPLE_REPORT, '公文'),
  'word/document.xml',
);
const sectPr = path(documentXml, 'w:body', 'w:sectPr')!;
const texts = textParagraphs(documentXml);

function withStyle(styleId: string): XmlElement[] {
  return texts.filter(p => styleOf(p) === styleId);
}

function indentOf(p: XmlElement, attribute: string): string | null {
  return attributeAt(p, attribute, 'w:pPr', 'w:ind');
}

function runSizes(p: XmlElement): string[] {
  return descendants(p, 'w:r').map(r =>
    attributeAt(r, 'w:val', 'w:rPr', 'w:sz')!,
  );
}

describe('document.xml page setup', () => {
  it('uses A4 paper of 11906 × 16838 twips', () => {
    expect(attributeAt(sectPr, 'w:w', 'w:pgSz')).toBe('11906');
    expect(attributeAt(sectPr, 'w:h', 'w:pgSz')).toBe('16838');
  });

  it('sets the GB/T 9704 margins and a footer distance near 1400 twips', () => {
    const margins = path(sectPr, 'w:pgMar')!;
    expect(margins.getAttribute('w:top')).toBe('2098');
    expect(margins.getAttribute('w:bottom')).toBe('1984');
    expect(margins.getAttribute('w:left')).toBe('1588');
    expect(margins.getAttribute('w:right')).toBe('1474');
    expect(margins.getAttribute('w:header')).toBe('851');
    const footer = Number(margins.getAttribute('w:footer'));
    expect(footer).toBeGreaterThanOrEqual(1350);
    expect(footer).toBeLessThanOrEqual(1500);
  });

  it('uses a lines-only document grid of 579 twips', () => {
    expect(attributeAt(sectPr, 'w:type', 'w:docGrid')).toBe('lines');
    expect(attributeAt(sectPr, 'w:linePitch', 'w:docGrid')).toBe('579');
  });

  it('references footer1 for odd (default) pages and footer2 for even pages', () => {
    const references = descendants(sectPr, 'w:footerReference').map(
      r => `${r.getAttribute('w:type')} ${r.getAttribute('r:id')}`,
    );
    expect(references).toEqual(['default rId4', 'even rId5']);
  });
});

describe('document.xml paragraphs', () => {
  it('reads back the texts of the model in order, skipping the empty spacer lines', () => {
    expect(texts.map(paragraphText)).toEqual(
      SAMPLE_REPORT.blocks.flatMap(blockTexts),
    );
  });

  it('round-trips XML special characters in the text', () => {
    expect(texts.map(paragraphText)).toContain(
      '审查合同<30>份 & 规范性文件 "2" 件，结果 A>B。',
    );
  });

  it('writes every spacer line without runs and with the BlankLine style', () => {
    const spacers = bodyParagraphs(documentXml).filter(
      p => descendants(p, 'w:t').length === 0,
    );
    expect(spacers.length).toBe(2);
    for (const spacer of spacers) {
      expect(styleOf(spacer)).toBe('BlankLine');
      expect(descendants(spacer, 'w:r')).toHaveLength(0);
    }
  });

  it('follows the title with one blank line', () => {
    const all = bodyParagraphs(documentXml);
    expect(styleOf(all[0])).toBe('Title');
    expect(styleOf(all[1])).toBe('BlankLine');
    expect(styleOf(all[2])).toBe('Addressee');
  });

  it('sets the title in 22 pt, centred, without indent', () => {
    const [titleParagraph] = withStyle('Title');
    expect(runSizes(titleParagraph)).toEqual(['44']);
    expect(attributeAt(titleParagraph, 'w:val', 'w:pPr', 'w:jc')).toBe(
      'center',
    );
    expect(indentOf(titleParagraph, 'w:firstLine')).toBe('0');
    expect(indentOf(titleParagraph, 'w:firstLineChars')).toBe('0');
  });

  it('takes the title off the line grid so each title line is one 579-twip line high', () => {
    const [titleParagraph] = withStyle('Title');
    expect(attributeAt(titleParagraph, 'w:val', 'w:pPr', 'w:snapToGrid')).toBe(
      '0',
    );
    expect(attributeAt(titleParagraph, 'w:line', 'w:pPr', 'w:spacing')).toBe(
      '579',
    );
  });

  it('sets body text in 16 pt, justified, with exact 579-twip lines and −0.25 pt spacing', () => {
    const body = withStyle('Normal');
    expect(body.length).toBe(3);
    for (const p of body) {
      expect(runSizes(p)).toEqual(['32']);
      expect(attributeAt(p, 'w:val', 'w:pPr', 'w:jc')).toBe('both');
      expect(attributeAt(p, 'w:line', 'w:pPr', 'w:spacing')).toBe('579');
      expect(attributeAt(p, 'w:lineRule', 'w:pPr', 'w:spacing')).toBe('exact');
      expect(attributeAt(p, 'w:val', 'w:pPr', 'w:widowControl')).toBe('0');
      for (const run of descendants(p, 'w:r')) {
        expect(attributeAt(run, 'w:val', 'w:rPr', 'w:spacing')).toBe('-5');
        expect(attributeAt(run, 'w:val', 'w:rPr', 'w:szCs')).toBe('32');
      }
    }
  });

  it('indents body and heading first lines by 640 twips and 200 hundredths of a character', () => {
    const indented = texts.filter(p =>
      /^(Normal|Heading\d)$/.test(styleOf(p)!),
    );
    expect(indented.length).toBe(7);
    for (const p of indented) {
      expect(indentOf(p, 'w:firstLine')).toBe('640');
      expect(indentOf(p, 'w:firstLineChars')).toBe('200');
    }
  });

  it('gives headings outline levels 0–3, 16 pt, keep-with-next and no bold', () => {
    for (const level of [1, 2, 3, 4]) {
      const [headingParagraph] = withStyle(`Heading${level}`);
      expect(
        attributeAt(headingParagraph, 'w:val', 'w:pPr', 'w:outlineLvl'),
      ).toBe(String(level - 1));
      expect(path(headingParagraph, 'w:pPr', 'w:keepNext')).toBeDefined();
      expect(runSizes(headingParagraph)).toEqual(['32']);
      expect(
        attributeAt(headingParagraph, 'w:val', 'w:r', 'w:rPr', 'w:b'),
      ).toBe('0');
    }
  });

  it('sets the addressee flush left without indent', () => {
    const [addresseeParagraph] = withStyle('Addressee');
    expect(attributeAt(addresseeParagraph, 'w:val', 'w:pPr', 'w:jc')).toBe(
      'left',
    );
    expect(indentOf(addresseeParagraph, 'w:firstLine')).toBe('0');
    expect(indentOf(addresseeParagraph, 'w:firstLineChars')).toBe('0');
  });
});

describe('document.xml sign-off', () => {
  const all = bodyParagraphs(documentXml);
  const unitIndex = all.findIndex(p => styleOf(p) === 'SignOffUnit');

  it('right-aligns the unit two characters in and the date under it', () => {
    const unit = all[unitIndex];
    const date = all[unitIndex + 1];
    expect(styleOf(date)).toBe('SignOffDate');
    expect(attributeAt(unit, 'w:val', 'w:pPr', 'w:jc')).toBe('right');
    expect(attributeAt(date, 'w:val', 'w:pPr', 'w:jc')).toBe('right');
    expect(indentOf(unit, 'w:right')).toBe('640');
    expect(indentOf(unit, 'w:rightChars')).toBe('200');
    // 17-character unit, date 6 characters wide: the date starts two characters right of the unit.
    expect(indentOf(date, 'w:rightChars')).toBe('1100');
    expect(indentOf(date, 'w:right')).toBe('3520');
  });

  it('keeps the last text, the blank line and the unit with the next line', () => {
    expect(styleOf(all[unitIndex - 1])).toBe('BlankLine');
    for (const p of all.slice(unitIndex - 2, unitIndex + 1)) {
      expect(path(p, 'w:pPr', 'w:keepNext')).toBeDefined();
    }
    expect(path(all[unitIndex], 'w:pPr', 'w:keepLines')).toBeDefined();
  });

  it('keeps only ordinary body paragraphs free of keep-with-next', () => {
    const body = withStyle('Normal');
    expect(body.map(p => path(p, 'w:pPr', 'w:keepNext') !== undefined)).toEqual(
      [false, false, true],
    );
  });

  it('writes only the unit line when the date is empty', () => {
    const parts = renderParsed(
      {
        title: 't',
        author: 'a',
        blocks: [
          paragraph('正文'),
          {kind: 'sign-off', units: ['古荡街道'], date: ''},
        ],
      },
      '公文',
    );
    const lines = textParagraphs(part(parts, 'word/document.xml'));
    expect(lines.map(styleOf)).toEqual(['Normal', 'SignOffUnit']);
    expect(path(lines[1], 'w:pPr', 'w:keepNext')).toBeUndefined();
  });
});
