// Line spacing by profile: 公文 keeps exact heights on the grid; 在线 uses 1.25 lines, which
// Google Docs keeps (it has no exact line height or grid), for about 22 lines on A4.

import {renderDocxParts} from '../../../src/core/docx';
import {SAMPLE_REPORT} from './sample-report';

const SPACING =
  /<w:spacing w:before="0" w:after="0" w:line="(\d+)" w:lineRule="(\w+)"\/>/g;

function spacings(profile: '公文' | '在线', path: string): string[] {
  const part = renderDocxParts(SAMPLE_REPORT, profile).find(
    p => p.path === path,
  );
  return [...(part?.content ?? '').matchAll(SPACING)].map(
    m => `${m[1]} ${m[2]}`,
  );
}

describe('line spacing by profile', () => {
  it('gives every 在线 body paragraph and style 1.25 lines (auto 300)', () => {
    for (const path of ['word/document.xml', 'word/styles.xml']) {
      const found = new Set(spacings('在线', path));
      expect(found.has('300 auto')).toBe(true);
      expect([...found].filter(s => s.endsWith('exact'))).toEqual([]);
    }
  });

  it('keeps 公文 on exact heights, the body at 579 twips', () => {
    const found = new Set(spacings('公文', 'word/document.xml'));
    expect(found.has('579 exact')).toBe(true);
    expect([...found].some(s => s.endsWith('auto'))).toBe(false);
  });

  it('keeps the 在线 page-number footer at its exact height', () => {
    expect(spacings('在线', 'word/footer1.xml')).toEqual(['280 exact']);
  });
});
