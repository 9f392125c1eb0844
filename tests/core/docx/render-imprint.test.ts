// 版记 of the 报送 profile (GB/T 9704-2012 7.4): at the foot of the body's last page in a text
// box, or in a section of its own that starts on an even page with its footers; the table's
// lines, fonts and positions; and the sealed sign-off (7.3.5.1).

import {ReportDocument, paragraph} from '../../../src/core/document/model';
import {FONT_PROFILES} from '../../../src/core/docx/font-profiles';
import type {ImprintPlacement} from '../../../src/core/docx/imprint-placement';
import {renderBodyXml} from '../../../src/core/docx/render-body';
import {renderImprintEnding} from '../../../src/core/docx/render-imprint-ending';
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

/**
 * The small submitted report with `extra` body paragraphs of three lines before its sign-off:
 * the first such report whose 版记 goes where `placement` says.
 */
function reportPlaced(placement: ImprintPlacement): ReportDocument {
  const base = submissionReport();
  const at = base.blocks.findIndex(b => b.kind === 'sign-off');
  for (let extra = 0; extra < 80; extra++) {
    const doc: ReportDocument = {
      ...base,
      blocks: [
        ...base.blocks.slice(0, at),
        ...Array.from({length: extra}, () => paragraph('法'.repeat(80))),
        ...base.blocks.slice(at),
      ],
    };
    const body = renderBodyXml(doc, FONT_PROFILES.公文, true);
    const end = renderImprintEnding(IMPRINT, FONT_PROFILES.公文, body);
    if (end.placement === placement) return doc;
  }
  throw new Error(`no report places the 版记 ${placement}`);
}

const footerIds = (sectPr: XmlElement) =>
  descendants(sectPr, 'w:footerReference').map(
    r => `${r.getAttribute('w:type')} ${r.getAttribute('r:id')}`,
  );

describe('the 版记 at the foot of the body’s last page', () => {
  const parts = renderParsed(reportPlaced('foot-of-last-page'), '报送');
  const body = path(part(parts, 'word/document.xml'), 'w:body')!;
  const paragraphs = children(body, 'w:p');
  const last = paragraphs[paragraphs.length - 1];
  const anchor = descendants(last, 'wp:anchor')[0];

  it('is a text box anchored to the body’s last paragraph, in the one section with page numbers', () => {
    expect(anchor).toBeDefined();
    expect(descendants(body, 'w:sectPr')).toHaveLength(1);
    expect(footerIds(children(body, 'w:sectPr')[0])).toEqual([
      'default rId4',
      'even rId5',
    ]);
    expect([...parts.keys()]).not.toContain('word/footer4.xml');
    expect(paragraphText(paragraphs[paragraphs.length - 2])).toBe(
      '2025年2月5日',
    );
  });

  it('stands at the text block’s left edge, as wide as it, its table’s foot on the block’s bottom edge', () => {
    const emu = (twips: number) => `${twips * 635}`;
    expect(path(anchor, 'wp:positionH')!.getAttribute('relativeFrom')).toBe(
      'margin',
    );
    expect(path(anchor, 'wp:positionH', 'wp:posOffset')!.textContent).toBe('0');
    expect(path(anchor, 'wp:positionV')!.getAttribute('relativeFrom')).toBe(
      'margin',
    );
    // Two rows of 579 and rules of 1, 0.75 and 1 pt: 1158 + 55 twips above the block's foot.
    expect(path(anchor, 'wp:positionV', 'wp:posOffset')!.textContent).toBe(
      emu(12756 - 1158 - 55),
    );
    expect(path(anchor, 'wp:extent')!.getAttribute('cx')).toBe(emu(8844));
    expect(descendants(anchor, 'wp:wrapTopAndBottom')).toHaveLength(1);
    const box = descendants(anchor, 'wps:bodyPr')[0];
    for (const inset of ['lIns', 'tIns', 'rIns', 'bIns']) {
      expect(box.getAttribute(inset)).toBe('0');
    }
  });

  it('keeps the page number of that page (7.5)', () => {
    const sectPr = children(body, 'w:sectPr')[0];
    expect(attributeAt(sectPr, 'w:footer', 'w:pgMar')).toBe('1440');
  });
});

describe('the 版记 on a page of its own', () => {
  for (const placement of ['own-even-page', 'after-blank-page'] as const) {
    const parts = renderParsed(reportPlaced(placement), '报送');
    const body = path(part(parts, 'word/document.xml'), 'w:body')!;
    const document = part(parts, 'word/document.xml');
    const paragraphs = children(body, 'w:p');
    const finalSection = children(body, 'w:sectPr')[0];
    const emptyFooter = part(parts, 'word/footer3.xml');

    it(`holds the 版记 table in the even footer (${placement})`, () => {
      const footer = part(parts, 'word/footer4.xml');
      expect(descendants(footer, 'w:tbl')).toHaveLength(1);
      expect(descendants(document, 'w:tbl')).toHaveLength(0);
    });

    it(`adds footer3 and footer4 to the package, the content types and the relationships (${placement})`, () => {
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

    it(`ends the body’s section in its last paragraph, then starts one on an even page (${placement})`, () => {
      const bodySections = paragraphs.filter(p => path(p, 'w:pPr', 'w:sectPr'));
      expect(bodySections).toHaveLength(1);
      const [last] = bodySections;
      expect(paragraphText(last)).toBe('2025年2月5日');
      const sectPr = path(last, 'w:pPr', 'w:sectPr')!;
      expect(footerIds(sectPr)).toEqual(['default rId4', 'even rId5']);
      expect(attributeAt(finalSection, 'w:val', 'w:type')).toBe('evenPage');
      expect(footerIds(finalSection)).toEqual(['default rId6', 'even rId7']);
      expect(
        descendants(paragraphs[paragraphs.length - 1], 'w:t'),
      ).toHaveLength(0);
      expect(attributeAt(finalSection, 'w:h', 'w:pgSz')).toBe('16838');
      expect(attributeAt(finalSection, 'w:bottom', 'w:pgMar')).toBe('1984');
    });

    it(`leaves the odd footer empty: a blank page before the 版记 is unnumbered (${placement})`, () => {
      expect(descendants(emptyFooter, 'w:t')).toHaveLength(0);
      expect(descendants(emptyFooter, 'w:instrText')).toHaveLength(0);
    });
  }

  it('numbers the 版记 page when the body ends on the odd page before it, the number where the body’s stand', () => {
    const parts = renderParsed(reportPlaced('own-even-page'), '报送');
    const footer = part(parts, 'word/footer4.xml');
    expect(descendants(footer, 'w:instrText')[0].textContent).toBe(' PAGE ');
    const finalSection = children(
      path(part(parts, 'word/document.xml'), 'w:body')!,
      'w:sectPr',
    )[0];
    // The number's line at the body's footer distance; a spacer of 1984 − 1440 − 280 above it.
    expect(attributeAt(finalSection, 'w:footer', 'w:pgMar')).toBe('1440');
    const [spacer] = children(footer, 'w:p');
    expect(attributeAt(spacer, 'w:line', 'w:pPr', 'w:spacing')).toBe('264');
  });

  it('leaves the 版记 page unnumbered after a blank page (7.5), its table’s foot on the block’s edge', () => {
    const parts = renderParsed(reportPlaced('after-blank-page'), '报送');
    const footer = part(parts, 'word/footer4.xml');
    expect(descendants(footer, 'w:instrText')).toHaveLength(0);
    const finalSection = children(
      path(part(parts, 'word/document.xml'), 'w:body')!,
      'w:sectPr',
    )[0];
    // The footer's 20-twip closing paragraph stands under the table: 1964 + 20 = 1984.
    expect(attributeAt(finalSection, 'w:footer', 'w:pgMar')).toBe('1964');
  });
});

const parts = renderParsed(reportPlaced('own-even-page'), '报送');
const document = part(parts, 'word/document.xml');
const imprintFooter = part(parts, 'word/footer4.xml');

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
      'word/document.xml',
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
