// Where the 报送 版记 goes (GB/T 9704-2012 7.4.1 and 7.5), decided from the estimated end of the
// body. The 版记 closes the document's last page, an even one, its last line on the text
// block's foot:
// - the body ends on an even page with room below it: the 版记 stands at the foot of that page,
//   which keeps its page number;
// - the body ends on an odd page: the 版记 has the next page, an even one, to itself; no blank
//   page comes before it, so it is numbered;
// - the body ends on an even page without room: a blank page, then the 版记 on the next even
//   page; 7.5 lets both go unnumbered, and they do.
// The estimate can be a line or so off in a given word processor, so the first choice is taken
// only with a margin on either side; otherwise the 版记 gets a page of its own, starting on an
// even page, which Word and LibreOffice lay out right whatever the body's last page is.

import {BodyEndEstimate, TEXT_BLOCK_HEIGHT} from './estimate-pages';
import {LINE_PITCH} from './page-setup';

export type ImprintPlacement =
  'foot-of-last-page' | 'own-even-page' | 'after-blank-page';

/**
 * How far, in twips, the estimate is trusted: three lines. Against LibreOffice the estimate put
 * the body's last line on the right page and line for 60 bodies of 60 (tests/node/
 * submission-render.test.ts checks 23); the margin is for Word and WPS, whose fonts and
 * punctuation compression could not be measured here.
 */
export const PLACEMENT_MARGIN = 3 * LINE_PITCH;

export function planImprintPlacement(
  end: BodyEndEstimate,
  imprintHeight: number,
): ImprintPlacement {
  const evenPage = end.lastPage % 2 === 0;
  if (
    evenPage &&
    end.usedOnLastPage >= PLACEMENT_MARGIN &&
    end.usedOnLastPage + PLACEMENT_MARGIN + imprintHeight <= TEXT_BLOCK_HEIGHT
  ) {
    return 'foot-of-last-page';
  }
  return evenPage ? 'after-blank-page' : 'own-even-page';
}
