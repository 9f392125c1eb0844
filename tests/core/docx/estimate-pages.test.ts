// The page estimate that places the 报送 版记: lines per paragraph on the 28-character grid,
// 22 lines a page, paragraphs kept with the next moved whole. Bodies are rendered by the real
// renderer (renderBodyXml), so the estimate reads exactly what goes into document.xml.

import {
  ReportDocument,
  heading,
  paragraph,
} from '../../../src/core/document/model';
import {
  TEXT_BLOCK_HEIGHT,
  estimateBodyEnd,
} from '../../../src/core/docx/estimate-pages';
import {FONT_PROFILES} from '../../../src/core/docx/font-profiles';
import {renderBodyXml} from '../../../src/core/docx/render-body';
import {LINE_PITCH} from '../../../src/core/docx/page-setup';

const fonts = FONT_PROFILES.公文;
const LINE = LINE_PITCH;

function bodyOf(blocks: ReportDocument['blocks']): string {
  return renderBodyXml(
    {title: 't', author: 'a', blocks} as ReportDocument,
    fonts,
    false,
  );
}

/** Lines the body fills in all, from the estimate. */
function totalLines(blocks: ReportDocument['blocks']): number {
  const end = estimateBodyEnd(bodyOf(blocks));
  return (end.lastPage - 1) * 22 + end.usedOnLastPage / LINE;
}

const han = (n: number) => '法'.repeat(n);

describe('estimateBodyEnd', () => {
  it('fits 22 lines in the 225 mm text block and no more', () => {
    expect(Math.floor(TEXT_BLOCK_HEIGHT / LINE)).toBe(22);
    const lines = (n: number) =>
      Array.from({length: n}, () => paragraph(han(10)));
    expect(estimateBodyEnd(bodyOf(lines(22)))).toEqual({
      lastPage: 1,
      usedOnLastPage: 22 * LINE,
    });
    expect(estimateBodyEnd(bodyOf(lines(23)))).toEqual({
      lastPage: 2,
      usedOnLastPage: LINE,
    });
    expect(estimateBodyEnd(bodyOf(lines(45))).lastPage).toBe(3);
  });

  it('puts 26 characters on a first line (two indented) and 28 on the others', () => {
    expect(totalLines([paragraph(han(26))])).toBe(1);
    expect(totalLines([paragraph(han(27))])).toBe(2);
    expect(totalLines([paragraph(han(26 + 28))])).toBe(2);
    expect(totalLines([paragraph(han(26 + 28 + 1))])).toBe(3);
    expect(totalLines([paragraph(han(26 + 28 * 9))])).toBe(10);
  });

  it('counts letters and digits as half a character, with a quarter of space next to Chinese', () => {
    // 24 characters and "2024" (two characters) plus two quarter spaces: over 26.
    expect(totalLines([paragraph(han(12) + '2024' + han(12))])).toBe(2);
    // 22 characters and "2024": 22 + 2 + 0.5 = 24.5, one line.
    expect(totalLines([paragraph(han(11) + '2024' + han(11))])).toBe(1);
    // 52 digits alone: 26 characters wide, one line.
    expect(totalLines([paragraph('1'.repeat(52))])).toBe(1);
  });

  it('lets a full stop hang past a full line but pulls a closing quote’s character down', () => {
    expect(totalLines([paragraph(han(26) + '。')])).toBe(1);
    expect(totalLines([paragraph(han(26) + '，' + han(27))])).toBe(2);
    // The quote may not start a line, so “法” goes down with it: a third line.
    expect(totalLines([paragraph(han(26) + '”' + han(28))])).toBe(3);
  });

  it('moves a heading kept with the next paragraph to the next page rather than leave it last', () => {
    const fill = Array.from({length: 21}, () => paragraph(han(10)));
    const end = estimateBodyEnd(
      bodyOf([...fill, heading(1, '一、标题'), paragraph(han(10))]),
    );
    // Line 22 would hold the heading alone: it goes over with its paragraph.
    expect(end).toEqual({lastPage: 2, usedOnLastPage: 2 * LINE});
    const loose = estimateBodyEnd(
      bodyOf([...fill, paragraph('一、标题'), paragraph(han(10))]),
    );
    expect(loose).toEqual({lastPage: 2, usedOnLastPage: LINE});
  });

  it('breaks a long paragraph between lines across pages (widow control is off)', () => {
    const fill = Array.from({length: 20}, () => paragraph(han(10)));
    const end = estimateBodyEnd(bodyOf([...fill, paragraph(han(26 + 28 * 4))]));
    expect(end).toEqual({lastPage: 2, usedOnLastPage: 3 * LINE});
  });

  it('reads a long body in time linear in its length', () => {
    const blocks = Array.from({length: 5000}, () => paragraph(han(100)));
    const start = Date.now();
    const end = estimateBodyEnd(bodyOf(blocks));
    // 100 characters: 26 + 28 + 28 + 18, four lines each.
    expect((end.lastPage - 1) * 22 + end.usedOnLastPage / LINE).toBe(20000);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
