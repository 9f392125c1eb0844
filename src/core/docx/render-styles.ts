// word/styles.xml: document defaults (body font, 16 pt, zh-CN) and one paragraph style per
// paragraph format. Headings carry outline levels, so they show in Word's navigation pane.

import {FontProfile} from './font-profiles';
import {lineSpacingOf} from './line-spacing';
import {W_ROOT_NAMESPACES} from './namespaces';
import {
  renderParagraphProperties,
  renderRunFonts,
  renderRunProperties,
} from './ooxml-properties';
import {BODY_HALF_POINTS} from './page-setup';
import {ALL_FORMATS, BODY, ParagraphFormat} from './paragraph-formats';
import {SUBMISSION_FORMATS} from './submission-formats';
import {XML_DECLARATION, escapeXml} from './xml-escape';

function renderDocDefaults(profile: FontProfile): string {
  return (
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    renderRunFonts(profile.body) +
    `<w:sz w:val="${BODY_HALF_POINTS}"/><w:szCs w:val="${BODY_HALF_POINTS}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>'
  );
}

function renderParagraphStyle(
  format: ParagraphFormat,
  profile: FontProfile,
): string {
  const isDefault = format.styleId === BODY.styleId;
  return (
    `<w:style w:type="paragraph"${isDefault ? ' w:default="1"' : ''}` +
    ` w:styleId="${escapeXml(format.styleId)}">` +
    `<w:name w:val="${escapeXml(format.name)}"/>` +
    (format.alias ? `<w:aliases w:val="${escapeXml(format.alias)}"/>` : '') +
    (isDefault ? '' : `<w:basedOn w:val="${BODY.styleId}"/>`) +
    `<w:next w:val="${BODY.styleId}"/>` +
    (format.outlineLevel === undefined ? '' : '<w:uiPriority w:val="9"/>') +
    '<w:qFormat/>' +
    renderParagraphProperties(format, {
      inStyle: true,
      lineSpacing: lineSpacingOf(profile),
    }) +
    renderRunProperties(format, profile) +
    '</w:style>'
  );
}

/** Word expects a default character style; runs here use none. */
const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/>' +
  '<w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** The styles part for `profile`; the 报送 version adds its 版头, seal and 版记 styles. */
export function renderStylesXml(
  profile: FontProfile,
  submission = false,
): string {
  const formats = submission
    ? [...ALL_FORMATS, ...SUBMISSION_FORMATS]
    : ALL_FORMATS;
  return (
    XML_DECLARATION +
    `<w:styles ${W_ROOT_NAMESPACES}>` +
    renderDocDefaults(profile) +
    formats.map(format => renderParagraphStyle(format, profile)).join('') +
    DEFAULT_PARAGRAPH_FONT +
    '</w:styles>'
  );
}
