// Fonts in every run property, per profile and per kind of line.

import {
  FONT_PROFILES,
  FontProfileName,
} from '../../../src/core/docx/font-profiles';
import {
  XmlElement,
  attributeAt,
  descendants,
  part,
  renderParsed,
  styleOf,
  textParagraphs,
} from './docx-xml';
import {SAMPLE_REPORT} from './sample-report';

const PROFILES: FontProfileName[] = ['公文', '在线'];
const FONT_SLOTS = ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'];

function eastAsiaOf(paragraph: XmlElement): string[] {
  return descendants(paragraph, 'w:r').map(run =>
    attributeAt(run, 'w:eastAsia', 'w:rPr', 'w:rFonts')!,
  );
}

describe.each(PROFILES)('run fonts in the %s profile', profileName => {
  const profile = FONT_PROFILES[profileName];
  const parts = renderParsed(SAMPLE_REPORT, profileName);
  const profileEastAsia = new Set(
    Object.values(profile).map(fonts => fonts.eastAsia),
  );

  it('writes all four font slots in every rFonts of document, styles and footers', () => {
    let count = 0;
    for (const [partPath, root] of parts) {
      for (const rFonts of descendants(root, 'w:rFonts')) {
        count++;
        for (const slot of FONT_SLOTS) {
          expect({partPath, slot, value: rFonts.getAttribute(slot)}).toEqual({
            partPath,
            slot,
            value: expect.stringMatching(/\S/),
          });
        }
        expect(profileEastAsia.has(rFonts.getAttribute('w:eastAsia')!)).toBe(
          true,
        );
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it('gives every run of the body and the footers an rFonts with a size', () => {
    for (const partPath of [
      'word/document.xml',
      'word/footer1.xml',
      'word/footer2.xml',
    ]) {
      for (const run of descendants(part(parts, partPath), 'w:r')) {
        expect(
          attributeAt(run, 'w:eastAsia', 'w:rPr', 'w:rFonts'),
        ).not.toBeNull();
        expect(attributeAt(run, 'w:val', 'w:rPr', 'w:sz')).not.toBeNull();
      }
    }
  });

  it('sets each kind of line in the font of its role', () => {
    const texts = textParagraphs(part(parts, 'word/document.xml'));
    const fontsOfStyle = (styleId: string) =>
      texts.filter(p => styleOf(p) === styleId).flatMap(eastAsiaOf);
    expect(fontsOfStyle('Title')).toEqual([profile.title.eastAsia]);
    expect(fontsOfStyle('Heading1')).toEqual([profile.heading1.eastAsia]);
    expect(fontsOfStyle('Heading2')).toEqual([profile.heading2.eastAsia]);
    expect(fontsOfStyle('Heading3')).toEqual([profile.body.eastAsia]);
    expect(fontsOfStyle('Heading4')).toEqual([profile.body.eastAsia]);
    for (const styleId of [
      'Normal',
      'Addressee',
      'SignOffUnit',
      'SignOffDate',
    ]) {
      for (const font of fontsOfStyle(styleId))
        expect(font).toBe(profile.body.eastAsia);
    }
  });

  it('sets the document defaults to the body font, 16 pt and zh-CN', () => {
    const defaults = descendants(
      part(parts, 'word/styles.xml'),
      'w:rPrDefault',
    )[0];
    const rPr = (tag: string, attribute: string) =>
      attributeAt(defaults, attribute, 'w:rPr', tag);
    expect(rPr('w:rFonts', 'w:eastAsia')).toBe(profile.body.eastAsia);
    expect(rPr('w:rFonts', 'w:ascii')).toBe(profile.body.latin);
    expect(rPr('w:sz', 'w:val')).toBe('32');
    expect(rPr('w:szCs', 'w:val')).toBe('32');
    expect(rPr('w:lang', 'w:eastAsia')).toBe('zh-CN');
  });
});

describe('font profiles', () => {
  it('uses the official fonts with Times New Roman digits in the 公文 profile', () => {
    const profile = FONT_PROFILES['公文'];
    expect(profile.title.eastAsia).toBe('方正小标宋简体');
    expect(profile.body).toEqual({
      eastAsia: '仿宋_GB2312',
      latin: 'Times New Roman',
    });
    expect(profile.heading1.eastAsia).toBe('黑体');
    expect(profile.heading2.eastAsia).toBe('楷体_GB2312');
    expect(profile.pageNumber.eastAsia).toBe('宋体');
  });

  it('uses only Google Docs fonts in every slot of the 在线 profile', () => {
    const profile = FONT_PROFILES['在线'];
    for (const fonts of Object.values(profile)) {
      expect(['Noto Serif SC', 'Noto Sans SC']).toContain(fonts.eastAsia);
      expect(fonts.latin).toBe(fonts.eastAsia);
    }
    expect(profile.heading1.eastAsia).toBe('Noto Sans SC');
  });

  it('sets level-1 headings in 黑体 and level-2 headings in 楷体_GB2312 in 公文 documents', () => {
    const texts = textParagraphs(
      part(renderParsed(SAMPLE_REPORT, '公文'), 'word/document.xml'),
    );
    const byStyle = (styleId: string) =>
      texts.find(p => styleOf(p) === styleId)!;
    expect(eastAsiaOf(byStyle('Heading1'))).toEqual(['黑体']);
    expect(eastAsiaOf(byStyle('Heading2'))).toEqual(['楷体_GB2312']);
    expect(eastAsiaOf(byStyle('Heading3'))).toEqual(['仿宋_GB2312']);
  });
});
