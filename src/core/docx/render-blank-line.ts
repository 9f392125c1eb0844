// An empty line of the body (after the title, before the sign-off, in the 版头): no runs, its own
// style, the body's size on its paragraph mark, so that it is exactly one body line high.

import type {FontProfile} from './font-profiles';
import {lineSpacingOf} from './line-spacing';
import {
  renderParagraphProperties,
  renderRunProperties,
} from './ooxml-properties';
import {BLANK_LINE} from './paragraph-formats';

export function renderBlankLine(
  profile: FontProfile,
  keepNext: boolean,
): string {
  return (
    '<w:p>' +
    renderParagraphProperties(BLANK_LINE, {
      overrides: {keepNext},
      markRunProperties: renderRunProperties(BLANK_LINE, profile),
      lineSpacing: lineSpacingOf(profile),
    }) +
    '</w:p>'
  );
}
