// How the 报送 document ends: the body's pages are estimated, the 版记's place is planned
// (imprint-placement.ts), and the plan is rendered: a floating 版记 after the body, or a 版记
// section with its two footer parts.

import type {Imprint} from '../document/model';
import {estimateBodyEnd} from './estimate-pages';
import type {FontProfile} from './font-profiles';
import {ImprintPlacement, planImprintPlacement} from './imprint-placement';
import {BASE_PARTS, IMPRINT_PARTS, PARTS, PartName} from './package-parts';
import type {DocumentEnding} from './render-body';
import {
  imprintHeight,
  renderEmptyFooterXml,
  renderAnchoredImprint,
  renderImprintFooterXml,
  renderImprintSection,
} from './render-imprint';

export interface ImprintEnding {
  readonly placement: ImprintPlacement;
  readonly ending: DocumentEnding;
  /** The package's parts: the base ones, and the 版记 section's footers when it has one. */
  readonly parts: readonly PartName[];
  readonly footers: readonly {
    readonly path: string;
    readonly content: string;
  }[];
}

/** The end of the 报送 document whose body (masthead and paragraphs) is `body`. */
export function renderImprintEnding(
  imprint: Imprint,
  profile: FontProfile,
  body: string,
): ImprintEnding {
  const placement = planImprintPlacement(
    estimateBodyEnd(body),
    imprintHeight(imprint),
  );
  if (placement === 'foot-of-last-page') {
    return {
      placement,
      ending: {closing: renderAnchoredImprint(imprint, profile)},
      parts: BASE_PARTS,
      footers: [],
    };
  }
  const numbered = placement === 'own-even-page';
  const ids = {
    odd: PARTS.footerImprintOdd.relationshipId,
    even: PARTS.footerImprintEven.relationshipId,
  };
  return {
    placement,
    ending: {section: renderImprintSection(ids, profile, numbered)},
    parts: IMPRINT_PARTS,
    footers: [
      {
        path: PARTS.footerImprintOdd.path,
        content: renderEmptyFooterXml(profile),
      },
      {
        path: PARTS.footerImprintEven.path,
        content: renderImprintFooterXml(imprint, profile, numbered),
      },
    ],
  };
}
