// word/settings.xml: separate footers for odd and even pages, Chinese punctuation compression,
// and Word 2013+ layout (compatibility mode 15). Element order follows the schema's sequence.

import {W_ROOT_NAMESPACES} from './namespaces';
import {BODY_CHARACTER} from './page-setup';
import {XML_DECLARATION} from './xml-escape';

const WORD_COMPAT_URI = 'http://schemas.microsoft.com/office/word';

function compatSetting(name: string, value: string): string {
  return `<w:compatSetting w:name="${name}" w:uri="${WORD_COMPAT_URI}" w:val="${value}"/>`;
}

/** The settings part; it does not depend on the document or the font profile. */
export function renderSettingsXml(): string {
  return (
    XML_DECLARATION +
    `<w:settings ${W_ROOT_NAMESPACES}>` +
    '<w:zoom w:percent="100"/>' +
    // A tab stop every two body characters.
    `<w:defaultTabStop w:val="${2 * BODY_CHARACTER}"/>` +
    // Odd pages use the default footer (number at the right), even pages the even footer.
    '<w:evenAndOddHeaders/>' +
    // What Chinese Word writes by default: compress punctuation only, never kana.
    '<w:characterSpacingControl w:val="compressPunctuation"/>' +
    '<w:compat>' +
    '<w:useFELayout/>' +
    compatSetting('compatibilityMode', '15') +
    compatSetting('overrideTableStyleFontSizeAndJustification', '1') +
    compatSetting('enableOpenTypeFeatures', '1') +
    compatSetting('doNotFlipMirrorIndents', '1') +
    '</w:compat>' +
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '<w:decimalSymbol w:val="."/>' +
    '<w:listSeparator w:val=","/>' +
    '</w:settings>'
  );
}
