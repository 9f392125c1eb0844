// 版记 of the 报送 profile (GB/T 9704-2012 7.4): its section that starts on an even page, its
// footers, the table's lines, fonts and positions; and the sealed sign-off (7.3.5.1).

import {renderDocxParts} from '../../../src/core/docx';
import {
  XmlElement,
  attributeAt,
  bodyParagraphs,
  children,
  descendants,
  paragraphText,
  part,
  path,
  renderParsed,
  styleOf,
} from './docx-xml';
import {IMPRINT, submissionReport} from './submission-report';

const parts = renderParsed(submissionReport(), '报送');
const document = part(parts, 'word/document.xml');
const body = path(document, 'w:body')!;
const imprintFooter = part(parts, 'word/footer4.xml');
const emptyFooter = part(parts, 'word/footer3.xml');

const footerIds = (sectPr: XmlElement) =>
  descendants(sectPr, 'w:footerReference').map(
    r => `${r.getAttribute('w:type')} ${r.getAttribute('r:id')}`,
  );

describe('the 版记 section', () => {
  const paragraphs = children(body, 'w:p');
  const finalSection = children(body, 'w:sectPr')[0];

  it('adds footer3 and footer4 to the package, the content types and the relationships', () => {
    const paths = renderDocxParts(submissionReport(), '报送').map(p => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['word/footer3.xml', 'word/footer4.xml']),
    );
    const rels = descendants(
      part(parts, 'word/_rels/document.xml.rels'),
      'Relationship',
    ).map(r => `${r.getAttribute('Id')} ${r.getAttribute('Target')}`);
    expect(rels).toEqual(
      expect.arrayContaining(['rId6 footer3.xml', 'rId7 footer4.xml']),
    );
    const overrides = descendants(
      part(parts, '[Content_Types].xml'),
      'Override',
    ).map(o => o.getAttribute('PartName'));
    expect(overrides).toEqual(
      expect.arrayContaining(['/word/footer3.xml', '/word/footer4.xml']),
    );
  });

  it('ends the body’s section in its last paragraph, with the page-number footers', () => {
    const bodySections = paragraphs.filter(p => path(p, 'w:pPr', 'w:sectPr'));
    expect(bodySections).toHaveLength(1);
    const [last] = bodySections;
    expect(paragraphText(last)).toBe('2025年2月5日');
    const sectPr = path(last, 'w:pPr', 'w:sectPr')!;
    expect(footerIds(sectPr)).toEqual(['default rId4', 'even rId5']);
    expect(attributeAt(sectPr, 'w:val', 'w:type')).toBeNull();
  });

  it('starts the 版记 section on an even page, the 版记 its even footer, its odd footer empty', () => {
    expect(attributeAt(finalSection, 'w:val', 'w:type')).toBe('evenPage');
    expect(footerIds(finalSection)).toEqual(['default rId6', 'even rId7']);
    const last = paragraphs[paragraphs.length - 1];
    expect(descendants(last, 'w:t')).toHaveLength(0);
  });

  it('keeps the page and margins, with the footer’s foot 1 pt under the text block’s bottom edge', () => {
    expect(attributeAt(finalSection, 'w:h', 'w:pgSz')).toBe('16838');
    const margins = path(finalSection, 'w:pgMar')!;
    expect(margins.getAttribute('w:bottom')).toBe('1984');
    // The footer's 20-twip closing paragraph stands under the table: 1964 + 20 = 1984.
    expect(margins.getAttribute('w:footer')).toBe('1964');
  });

  it('gives the odd footer of the 版记 section no page number (7.5: a blank page before the 版记 is unnumbered)', () => {
    expect(descendants(emptyFooter, 'w:t')).toHaveLength(0);
    expect(descendants(emptyFooter, 'w:instrText')).toHaveLength(0);
    expect(descendants(imprintFooter, 'w:instrText')).toHaveLength(0);
  });
});

describe('the 版记 table (7.4)', () => {
  const [table] = descendants(imprintFooter, 'w:tbl');
  const rows = descendants(table, 'w:tr');
  const border = (side: string) =>
    path(table, 'w:tblPr', 'w:tblBorders', `w:${side}`)!;

  it('is as wide as the text block and starts at its left edge', () => {
    expect(attributeAt(table, 'w:w', 'w:tblPr', 'w:tblW')).toBe('8844');
    expect(attributeAt(table, 'w:w', 'w:tblPr', 'w:tblInd')).toBe('0');
    const margins = path(table, 'w:tblPr', 'w:tblCellMar')!;
    expect(attributeAt(margins, 'w:w', 'w:left')).toBe('0');
    expect(attributeAt(margins, 'w:w', 'w:right')).toBe('0');
  });

  it('draws the first and last lines 0.35 mm (1 pt) and the middle one 0.25 mm (0.75 pt), black', () => {
    expect(border('top').getAttribute('w:sz')).toBe('8');
    expect(border('bottom').getAttribute('w:sz')).toBe('8');
    expect(border('insideH').getAttribute('w:sz')).toBe('6');
    for (const side of ['top', 'bottom', 'insideH']) {
      expect(border(side).getAttribute('w:color')).toBe('000000');
    }
    for (const side of ['left', 'right', 'insideV']) {
      expect(border(side).getAttribute('w:val')).toBe('nil');
    }
  });

  it('puts 抄送 above the 印发 line, one row each', () => {
    expect(rows.map(paragraphText)).toEqual([
      IMPRINT.copyTo,
      IMPRINT.printingOrgan + IMPRINT.printingDate,
    ]);
  });

  it('indents 抄送 one character on either side and wraps it under the first organ', () => {
    const [p] = descendants(rows[0], 'w:p');
    const ind = path(p, 'w:pPr', 'w:ind')!;
    // One 14 pt character is 280 twips; "抄送：" is three.
    expect(ind.getAttribute('w:left')).toBe('1120');
    expect(ind.getAttribute('w:hanging')).toBe('840');
    expect(ind.getAttribute('w:right')).toBe('280');
  });

  it('sets 印发机关 one character in at the left and 印发日期 one character in at the right', () => {
    const [organ, date] = descendants(rows[1], 'w:p');
    expect(attributeAt(organ, 'w:val', 'w:pPr', 'w:jc')).toBe('left');
    expect(attributeAt(organ, 'w:left', 'w:pPr', 'w:ind')).toBe('280');
    expect(attributeAt(date, 'w:val', 'w:pPr', 'w:jc')).toBe('right');
    expect(attributeAt(date, 'w:right', 'w:pPr', 'w:ind')).toBe('280');
  });

  it('writes every 版记 line in 4号 (14 pt) 仿宋 on exact body lines', () => {
    const texts = descendants(table, 'w:p');
    for (const p of texts) {
      expect(attributeAt(p, 'w:line', 'w:pPr', 'w:spacing')).toBe('579');
      for (const r of descendants(p, 'w:r')) {
        expect(attributeAt(r, 'w:val', 'w:rPr', 'w:sz')).toBe('28');
        expect(attributeAt(r, 'w:eastAsia', 'w:rPr', 'w:rFonts')).toBe(
          '仿宋_GB2312',
        );
      }
    }
  });

  it('leaves out the 抄送 row and its thin line when there is no 抄送机关', () => {
    const alone = part(
      renderParsed(submissionReport({}, {...IMPRINT, copyTo: ''}), '报送'),
      'word/footer4.xml',
    );
    expect(descendants(alone, 'w:tr').map(paragraphText)).toEqual([
      IMPRINT.printingOrgan + IMPRINT.printingDate,
    ]);
  });
});

describe('a 报送 document without 版记', () => {
  it('has one section and the public footers only', () => {
    const plain = renderParsed(submissionReport({}, null), '报送');
    expect([...plain.keys()]).not.toContain('word/footer3.xml');
    const documentXml = part(plain, 'word/document.xml');
    expect(descendants(documentXml, 'w:sectPr')).toHaveLength(1);
  });
});

describe('the sealed sign-off (7.3.5.1)', () => {
  const all = bodyParagraphs(document);
  const unitIndex = all.findIndex(p => styleOf(p) === 'SignOffUnit');
  const indent = (p: XmlElement, a: string) =>
    attributeAt(p, a, 'w:pPr', 'w:ind');

  it('leaves two blank lines for the seal between the text and the organ', () => {
    expect(styleOf(all[unitIndex - 1])).toBe('BlankLine');
    expect(styleOf(all[unitIndex - 2])).toBe('BlankLine');
    expect(styleOf(all[unitIndex - 3])).not.toBe('BlankLine');
  });

  it('puts the date four characters in from the right and centres the organ over it', () => {
    const unit = all[unitIndex];
    const date = all[unitIndex + 1];
    expect(indent(date, 'w:rightChars')).toBe('400');
    expect(indent(date, 'w:right')).toBe('1280');
    // Organ 17 characters, date 6: its right edge 400 + (600 − 1700) / 2 < 0, so at the edge.
    expect(indent(unit, 'w:rightChars')).toBe('0');
  });

  it('centres a short organ on the date', () => {
    const short = part(
      renderParsed(
        {
          ...submissionReport(),
          blocks: submissionReport().blocks.map(b =>
            b.kind === 'sign-off' ? {...b, units: ['古荡街道']} : b,
          ),
        },
        '报送',
      ),
      'word/document.xml',
    );
    const paragraphs = bodyParagraphs(short);
    const unit = paragraphs.find(p => styleOf(p) === 'SignOffUnit')!;
    // 4 characters over a 6-character date: 400 + (600 − 400) / 2.
    expect(indent(unit, 'w:rightChars')).toBe('500');
  });
});
