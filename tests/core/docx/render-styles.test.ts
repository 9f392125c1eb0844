// word/styles.xml: the paragraph styles behind every kind of line.

import {
  XmlElement,
  attributeAt,
  children,
  part,
  renderParsed,
} from './docx-xml';
import {SAMPLE_REPORT} from './sample-report';

const styles = part(renderParsed(SAMPLE_REPORT, '公文'), 'word/styles.xml');

function style(styleId: string): XmlElement {
  const found = children(styles, 'w:style').find(
    s => s.getAttribute('w:styleId') === styleId,
  );
  if (!found) throw new Error(`no style ${styleId}`);
  return found;
}

describe('styles.xml', () => {
  it('makes Normal the default paragraph style with the body layout', () => {
    const normal = style('Normal');
    expect(normal.getAttribute('w:default')).toBe('1');
    expect(attributeAt(normal, 'w:val', 'w:rPr', 'w:sz')).toBe('32');
    expect(attributeAt(normal, 'w:val', 'w:rPr', 'w:spacing')).toBe('-5');
    expect(attributeAt(normal, 'w:line', 'w:pPr', 'w:spacing')).toBe('579');
    expect(attributeAt(normal, 'w:lineRule', 'w:pPr', 'w:spacing')).toBe(
      'exact',
    );
    expect(attributeAt(normal, 'w:firstLine', 'w:pPr', 'w:ind')).toBe('640');
    expect(attributeAt(normal, 'w:firstLineChars', 'w:pPr', 'w:ind')).toBe(
      '200',
    );
    expect(attributeAt(normal, 'w:val', 'w:pPr', 'w:widowControl')).toBe('0');
  });

  it('defines Heading1–4 with Chinese aliases, outline levels and keep-with-next', () => {
    const aliases = ['一级标题', '二级标题', '三级标题', '四级标题'];
    const fonts = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'];
    aliases.forEach((alias, index) => {
      const heading = style(`Heading${index + 1}`);
      expect(heading.getAttribute('w:type')).toBe('paragraph');
      expect(attributeAt(heading, 'w:val', 'w:name')).toBe(
        `heading ${index + 1}`,
      );
      expect(attributeAt(heading, 'w:val', 'w:aliases')).toBe(alias);
      expect(attributeAt(heading, 'w:val', 'w:basedOn')).toBe('Normal');
      expect(attributeAt(heading, 'w:val', 'w:pPr', 'w:outlineLvl')).toBe(
        String(index),
      );
      expect(attributeAt(heading, 'w:eastAsia', 'w:rPr', 'w:rFonts')).toBe(
        fonts[index],
      );
      expect(attributeAt(heading, 'w:val', 'w:rPr', 'w:sz')).toBe('32');
      expect(attributeAt(heading, 'w:val', 'w:rPr', 'w:b')).toBe('0');
      expect(attributeAt(heading, 'w:firstLineChars', 'w:pPr', 'w:ind')).toBe(
        '200',
      );
      expect(
        children(heading, 'w:pPr')[0].getElementsByTagName('w:keepNext'),
      ).toHaveLength(1);
    });
  });

  it('defines the title style at 22 pt, centred, in the title font', () => {
    const titleStyle = style('Title');
    expect(attributeAt(titleStyle, 'w:val', 'w:rPr', 'w:sz')).toBe('44');
    expect(attributeAt(titleStyle, 'w:val', 'w:pPr', 'w:jc')).toBe('center');
    expect(attributeAt(titleStyle, 'w:eastAsia', 'w:rPr', 'w:rFonts')).toBe(
      '方正小标宋简体',
    );
  });

  it('defines a style for each other kind of line and the default character style', () => {
    for (const styleId of [
      'Addressee',
      'BlankLine',
      'SignOffUnit',
      'SignOffDate',
      'Footer',
      'DefaultParagraphFont',
    ]) {
      expect(style(styleId)).toBeDefined();
    }
    const ids = children(styles, 'w:style').map(s =>
      s.getAttribute('w:styleId'),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
