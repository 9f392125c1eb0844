// Page numbers in the footers, and the settings that give odd and even pages their own footer.

import {FontProfileName} from '../../../src/core/docx/font-profiles';
import {
  XmlElement,
  attributeAt,
  children,
  descendants,
  part,
  path,
  renderParsed,
} from './docx-xml';
import {SAMPLE_REPORT} from './sample-report';

const parts = renderParsed(SAMPLE_REPORT, '公文');

function footerParagraph(partPath: string): XmlElement {
  const paragraphs = children(part(parts, partPath), 'w:p');
  expect(paragraphs).toHaveLength(1);
  return paragraphs[0];
}

/** The footer's visible text, with the PAGE field written as {PAGE} and its cached result left out. */
function footerText(p: XmlElement): string {
  let text = '';
  let inResult = false;
  for (const run of children(p, 'w:r')) {
    const fieldChar = attributeAt(run, 'w:fldCharType', 'w:fldChar');
    if (fieldChar === 'begin') text += '{';
    if (fieldChar === 'end') text += '}';
    inResult = fieldChar === 'separate' || (inResult && fieldChar !== 'end');
    const instruction = path(run, 'w:instrText');
    if (instruction) text += instruction.textContent!.trim();
    const t = path(run, 'w:t');
    if (t && !inResult) text += t.textContent;
  }
  return text;
}

describe('page number footers', () => {
  it('puts odd-page numbers at the right, 280 twips in', () => {
    const p = footerParagraph('word/footer1.xml');
    expect(attributeAt(p, 'w:val', 'w:pPr', 'w:jc')).toBe('right');
    expect(attributeAt(p, 'w:right', 'w:pPr', 'w:ind')).toBe('280');
  });

  it('puts even-page numbers at the left, 280 twips in', () => {
    const p = footerParagraph('word/footer2.xml');
    expect(attributeAt(p, 'w:val', 'w:pPr', 'w:jc')).toBe('left');
    expect(attributeAt(p, 'w:left', 'w:pPr', 'w:ind')).toBe('280');
  });

  it.each(['word/footer1.xml', 'word/footer2.xml'])(
    'writes "— PAGE —" with a complete PAGE field in %s',
    partPath => {
      const p = footerParagraph(partPath);
      expect(footerText(p)).toBe('— {PAGE} —');
      const fieldChars = descendants(p, 'w:fldChar').map(f =>
        f.getAttribute('w:fldCharType'),
      );
      expect(fieldChars).toEqual(['begin', 'separate', 'end']);
    },
  );

  it('draws the dashes with the East Asian font hint', () => {
    const runs = children(footerParagraph('word/footer1.xml'), 'w:r');
    const dashRuns = runs.filter(r =>
      /—/.test(path(r, 'w:t')?.textContent || ''),
    );
    expect(dashRuns).toHaveLength(2);
    for (const run of dashRuns) {
      expect(attributeAt(run, 'w:hint', 'w:rPr', 'w:rFonts')).toBe('eastAsia');
    }
  });

  it.each<FontProfileName>(['公文', '在线'])(
    'sets every footer run in 14 pt with the page-number font (%s)',
    profileName => {
      const expected = profileName === '公文' ? '宋体' : 'Noto Serif SC';
      const footer = part(
        renderParsed(SAMPLE_REPORT, profileName),
        'word/footer2.xml',
      );
      for (const run of descendants(footer, 'w:r')) {
        expect(attributeAt(run, 'w:val', 'w:rPr', 'w:sz')).toBe('28');
        expect(attributeAt(run, 'w:eastAsia', 'w:rPr', 'w:rFonts')).toBe(
          expected,
        );
      }
    },
  );

  it('takes the footer line off the body grid with an exact 14 pt line', () => {
    const p = footerParagraph('word/footer1.xml');
    expect(attributeAt(p, 'w:val', 'w:pPr', 'w:snapToGrid')).toBe('0');
    expect(attributeAt(p, 'w:line', 'w:pPr', 'w:spacing')).toBe('280');
    expect(attributeAt(p, 'w:firstLineChars', 'w:pPr', 'w:ind')).toBe('0');
  });
});

describe('settings.xml', () => {
  const settings = part(parts, 'word/settings.xml');

  it('turns on separate odd and even footers', () => {
    expect(children(settings, 'w:evenAndOddHeaders')).toHaveLength(1);
  });

  it('compresses punctuation, sets a default tab stop and Word 2013 compatibility', () => {
    expect(attributeAt(settings, 'w:val', 'w:characterSpacingControl')).toBe(
      'compressPunctuation',
    );
    expect(attributeAt(settings, 'w:val', 'w:defaultTabStop')).toBe('640');
    const mode = descendants(settings, 'w:compatSetting').find(
      s => s.getAttribute('w:name') === 'compatibilityMode',
    );
    expect(mode?.getAttribute('w:val')).toBe('15');
  });
});
