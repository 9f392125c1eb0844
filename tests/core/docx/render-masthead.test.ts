// 版头 of the 报送 profile in document.xml (GB/T 9704-2012 7.2): position, font, size, colour
// and alignment of the 发文机关标志, the 发文字号 and 签发人, the red line, the lines between.

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
import {SAMPLE_REPORT} from './sample-report';
import {submissionReport} from './submission-report';
import type {Masthead} from '../../../src/core/document/model';

function documentOf(masthead: Partial<Masthead> = {}): XmlElement {
  return part(
    renderParsed(submissionReport(masthead), '报送'),
    'word/document.xml',
  );
}

/** The body's top-level elements (w:p and w:tbl) in order. */
function topLevel(document: XmlElement): XmlElement[] {
  return Array.from(path(document, 'w:body')!.childNodes).filter(
    (n): n is XmlElement => n.nodeType === 1,
  );
}

const runs = (p: XmlElement) => descendants(p, 'w:r');
const rPr = (r: XmlElement, ...tags: string[]) =>
  attributeAt(r, 'w:val', 'w:rPr', ...tags);
const fontOf = (r: XmlElement) =>
  attributeAt(r, 'w:eastAsia', 'w:rPr', 'w:rFonts');
const spacing = (p: XmlElement, attribute: string) =>
  attributeAt(p, attribute, 'w:pPr', 'w:spacing');

describe('the 版头 of a one-organ document sent down or across (no 签发人)', () => {
  const document = documentOf();
  const all = bodyParagraphs(document);
  const [spacer, mark, blank1, blank2, number, blank3, blank4, title] = all;

  it('starts with an empty line exactly 35 mm (1984 twips) high above the mark (7.2.4)', () => {
    expect(styleOf(spacer)).toBe('MastheadSpacer');
    expect(runs(spacer)).toHaveLength(0);
    expect(spacing(spacer, 'w:line')).toBe('1984');
    expect(spacing(spacer, 'w:lineRule')).toBe('exact');
    expect(spacing(spacer, 'w:before')).toBe('0');
    expect(attributeAt(spacer, 'w:val', 'w:pPr', 'w:snapToGrid')).toBe('0');
  });

  it('sets the mark in red 小标宋, 36 pt, centred, its line as high as its type', () => {
    expect(styleOf(mark)).toBe('MastheadMark');
    expect(paragraphText(mark)).toBe('古荡街道办事处文件');
    expect(attributeAt(mark, 'w:val', 'w:pPr', 'w:jc')).toBe('center');
    expect(spacing(mark, 'w:line')).toBe('720');
    const [run] = runs(mark);
    expect(fontOf(run)).toBe('方正小标宋简体');
    expect(rPr(run, 'w:color')).toBe('FF0000');
    expect(rPr(run, 'w:sz')).toBe('72');
    expect(rPr(run, 'w:b')).toBe('0');
  });

  it('leaves two blank body lines between the mark and the 发文字号 (7.2.5)', () => {
    for (const blank of [blank1, blank2]) {
      expect(styleOf(blank)).toBe('BlankLine');
      expect(spacing(blank, 'w:line')).toBe('579');
    }
  });

  it('centres the 发文字号 in black 3号 仿宋 on one body line', () => {
    expect(paragraphText(number)).toBe('古街〔2025〕3号');
    expect(attributeAt(number, 'w:val', 'w:pPr', 'w:jc')).toBe('center');
    // A 320-twip line after 259 twips: one 579-twip body line in all.
    expect(
      Number(spacing(number, 'w:before')) + Number(spacing(number, 'w:line')),
    ).toBe(579);
    const [run] = runs(number);
    expect(fontOf(run)).toBe('仿宋_GB2312');
    expect(rPr(run, 'w:sz')).toBe('32');
    expect(rPr(run, 'w:color')).toBeNull();
  });

  it('draws the red line 4 mm under the 发文字号 as its bottom border, across the text block (7.2.7)', () => {
    const bottom = path(number, 'w:pPr', 'w:pBdr', 'w:bottom')!;
    expect(bottom.getAttribute('w:color')).toBe('FF0000');
    expect(bottom.getAttribute('w:val')).toBe('single');
    expect(bottom.getAttribute('w:sz')).toBe('12');
    // 9 pt under a line as high as its 16 pt type: 4 mm under the characters' ink.
    expect(bottom.getAttribute('w:space')).toBe('9');
    expect(path(number, 'w:pPr', 'w:ind')!.getAttribute('w:left')).toBeNull();
    expect(path(number, 'w:pPr', 'w:ind')!.getAttribute('w:firstLine')).toBe(
      '0',
    );
  });

  it('puts the title two blank lines under the red line (7.3.1)', () => {
    expect([styleOf(blank3), styleOf(blank4)]).toEqual([
      'BlankLine',
      'BlankLine',
    ]);
    expect(styleOf(title)).toBe('Title');
    expect(paragraphText(title)).toBe(SAMPLE_REPORT.title);
  });

  it('draws nothing else in red', () => {
    const red = descendants(document, 'w:color').filter(
      c => c.getAttribute('w:val') === 'FF0000',
    );
    expect(red).toHaveLength(1);
  });
});

describe('the 版头 of a 上行文 (签发人 given)', () => {
  const all = bodyParagraphs(documentOf({signers: ['王明']}));
  const number = all[4];

  it('puts the 发文字号 one character in at the left and 签发人 at the right on one line', () => {
    expect(paragraphText(number)).toBe('古街〔2025〕3号签发人：王明');
    expect(attributeAt(number, 'w:val', 'w:pPr', 'w:jc')).toBe('left');
    const stops = descendants(number, 'w:tab')
      .filter(t => t.getAttribute('w:pos'))
      .map(t => Number(t.getAttribute('w:pos')));
    // One character (320) in; "签发人：王明" is six characters, ending one character in from the
    // right of the 8844-twip text block: 8844 − 320 − 6 × 320.
    expect(stops).toEqual([320, 6604]);
    expect(
      children(number, 'w:r').map(r =>
        r.getElementsByTagName('w:tab').length ? 'tab' : paragraphText(r),
      ),
    ).toEqual(['tab', '古街〔2025〕3号', 'tab', '签发人：', '王明']);
  });

  it('writes “签发人：” in 仿宋 and the name in 楷体, both 3号 black', () => {
    const [label, name] = runs(number).slice(-2);
    expect(fontOf(label)).toBe('仿宋_GB2312');
    expect(fontOf(name)).toBe('楷体_GB2312');
    for (const r of [label, name]) {
      expect(rPr(r, 'w:sz')).toBe('32');
      expect(rPr(r, 'w:color')).toBeNull();
    }
    expect(path(number, 'w:pPr', 'w:pBdr', 'w:bottom')).toBeDefined();
  });

  it('sets three 签发人 two a line, later lines under the first name, the 发文字号 on the last line (7.2.6)', () => {
    const lines = bodyParagraphs(
      documentOf({signers: ['王明', '李华', '张强']}),
    ).slice(4, 6);
    expect(lines.map(paragraphText)).toEqual([
      '签发人：王明\u3000李华',
      '古街〔2025〕3号张强',
    ]);
    const stop = (p: XmlElement) =>
      descendants(p, 'w:tab')
        .map(t => t.getAttribute('w:pos'))
        .filter(Boolean)
        .map(Number);
    // First line: "签发人：王明\u3000李华" is nine characters: 8844 − 320 − 9 × 320 = 5644.
    expect(stop(lines[0])).toEqual([5644]);
    // The next names start under 王明, four characters (签发人：) further right.
    expect(stop(lines[1])).toEqual([320, 5644 + 4 * 320]);
    expect(path(lines[0], 'w:pPr', 'w:pBdr')).toBeUndefined();
    expect(path(lines[1], 'w:pPr', 'w:pBdr', 'w:bottom')).toBeDefined();
  });
});

describe('the mark of joint organs (7.2.4)', () => {
  const document = documentOf({
    organs: ['中共古荡街道工作委员会', '古荡街道办事处'],
    suffix: '文件',
  });
  const table = topLevel(document)[1];

  it('stacks the organs, lead first, spread to one width, in a borderless centred table', () => {
    expect(table.tagName).toBe('w:tbl');
    expect(attributeAt(table, 'w:val', 'w:tblPr', 'w:jc')).toBe('center');
    for (const side of [
      'top',
      'left',
      'bottom',
      'right',
      'insideH',
      'insideV',
    ]) {
      expect(
        attributeAt(table, 'w:val', 'w:tblPr', 'w:tblBorders', `w:${side}`),
      ).toBe('nil');
    }
    const [names] = descendants(table, 'w:tc');
    const lines = children(names, 'w:p');
    expect(lines.map(paragraphText)).toEqual([
      '中共古荡街道工作委员会',
      '古荡街道办事处',
    ]);
    for (const line of lines) {
      expect(attributeAt(line, 'w:val', 'w:pPr', 'w:jc')).toBe('distribute');
      expect(rPr(runs(line)[0], 'w:color')).toBe('FF0000');
    }
  });

  it('sets “文件” right of them, centred on their height', () => {
    const [, suffix] = descendants(table, 'w:tc');
    expect(attributeAt(suffix, 'w:val', 'w:tcPr', 'w:vAlign')).toBe('center');
    expect(paragraphText(children(suffix, 'w:p')[0])).toBe('文件');
  });

  it('sets 11 + 2.5 characters at 32.5 pt, the size that fits the text block', () => {
    const widths = descendants(table, 'w:gridCol').map(c =>
      Number(c.getAttribute('w:w')),
    );
    const size = Number(rPr(runs(table)[0], 'w:sz'));
    expect(size).toBe(65);
    expect(widths.reduce((a, b) => a + b)).toBeLessThanOrEqual(8844);
  });
});

describe('the mark’s size', () => {
  it('shrinks a long one-line mark to fit the 156 mm text block, never below 22 pt', () => {
    const long = '杭州市西湖区人民政府古荡街道办事处文件';
    const [, mark] = bodyParagraphs(documentOf({organs: [long]}));
    const size = Number(rPr(runs(mark)[0], 'w:sz'));
    expect(size).toBe(46);
    expect(long.length * size * 10).toBeLessThanOrEqual(8844);
    const [, longest] = bodyParagraphs(documentOf({organs: [long.repeat(3)]}));
    expect(rPr(runs(longest)[0], 'w:sz')).toBe('44');
  });
});

describe('the public profiles', () => {
  it('print no 版头 even when the document has one', () => {
    for (const profile of ['公文', '在线'] as const) {
      const document = part(
        renderParsed(submissionReport(), profile),
        'word/document.xml',
      );
      expect(styleOf(bodyParagraphs(document)[0])).toBe('Title');
      expect(descendants(document, 'w:color')).toHaveLength(0);
    }
  });
});
