// Where the 版记 goes, from the estimated end of the body (GB/T 9704-2012 7.4.1, 7.5).

import {TEXT_BLOCK_HEIGHT} from '../../../src/core/docx/estimate-pages';
import {
  PLACEMENT_MARGIN,
  planImprintPlacement,
} from '../../../src/core/docx/imprint-placement';
import {LINE_PITCH} from '../../../src/core/docx/page-setup';

const LINE = LINE_PITCH;
/** Two rows of 版记 and their rules. */
const IMPRINT = 2 * LINE + 55;
const at = (lastPage: number, lines: number) =>
  planImprintPlacement({lastPage, usedOnLastPage: lines * LINE}, IMPRINT);

describe('planImprintPlacement', () => {
  it('puts the 版记 at the foot of an even last page with room for it and the margin', () => {
    expect(at(2, 10)).toBe('foot-of-last-page');
    expect(at(8, 3)).toBe('foot-of-last-page');
    // 22 lines: 16 + 3 (margin) + 2 rows and their rules fit, 17 do not.
    expect(at(4, 16)).toBe('foot-of-last-page');
    expect(at(4, 17)).toBe('after-blank-page');
  });

  it('gives the 版记 its own even page when the body ends on an odd one', () => {
    for (const lines of [1, 10, 22]) expect(at(3, lines)).toBe('own-even-page');
    expect(at(1, 5)).toBe('own-even-page');
  });

  it('does not trust an even page the body barely reaches: it may end on the odd page before', () => {
    expect(at(2, 1)).toBe('after-blank-page');
    expect(at(2, 2)).toBe('after-blank-page');
    expect(PLACEMENT_MARGIN).toBe(3 * LINE);
  });

  it('never plans past the text block', () => {
    const room = TEXT_BLOCK_HEIGHT - PLACEMENT_MARGIN - IMPRINT;
    expect(
      planImprintPlacement({lastPage: 2, usedOnLastPage: room}, IMPRINT),
    ).toBe('foot-of-last-page');
    expect(
      planImprintPlacement({lastPage: 2, usedOnLastPage: room + 1}, IMPRINT),
    ).toBe('after-blank-page');
  });
});
