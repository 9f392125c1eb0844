// word/fontTable.xml: declared fonts, fallbacks and charsets.

import {FontProfileName} from '../../../src/core/docx/font-profiles';
import {
  XmlElement,
  attributeAt,
  children,
  part,
  renderParsed,
} from './docx-xml';
import {SAMPLE_REPORT} from './sample-report';

function fontTable(profile: FontProfileName): Map<string, XmlElement> {
  const table = part(
    renderParsed(SAMPLE_REPORT, profile),
    'word/fontTable.xml',
  );
  return new Map(
    children(table, 'w:font').map(f => [f.getAttribute('w:name')!, f]),
  );
}

describe('fontTable.xml', () => {
  it('declares every 公文 font once, with fallbacks for the GB2312 fonts', () => {
    const fonts = fontTable('公文');
    expect([...fonts.keys()].sort()).toEqual(
      [
        'Times New Roman',
        '仿宋_GB2312',
        '方正小标宋简体',
        '楷体_GB2312',
        '黑体',
        '宋体',
      ].sort(),
    );
    expect(attributeAt(fonts.get('仿宋_GB2312')!, 'w:val', 'w:altName')).toBe(
      '仿宋',
    );
    expect(attributeAt(fonts.get('楷体_GB2312')!, 'w:val', 'w:altName')).toBe(
      '楷体',
    );
    expect(
      attributeAt(fonts.get('方正小标宋简体')!, 'w:val', 'w:altName'),
    ).toBe('华文中宋');
  });

  it('marks the Chinese fonts with charset 86 (GB2312)', () => {
    for (const [name, font] of fontTable('公文')) {
      const expected = name === 'Times New Roman' ? '00' : '86';
      expect(attributeAt(font, 'w:val', 'w:charset')).toBe(expected);
    }
  });

  it('declares the two Noto fonts for the 在线 profile with their Linux names as fallback', () => {
    const fonts = fontTable('在线');
    expect([...fonts.keys()].sort()).toEqual(['Noto Sans SC', 'Noto Serif SC']);
    expect(attributeAt(fonts.get('Noto Serif SC')!, 'w:val', 'w:altName')).toBe(
      'Noto Serif CJK SC',
    );
  });
});
