// Escaping of text and attribute values for the XML parts of the .docx.
// Characters that XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped.

const ILLEGAL_XML_CHARS =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: {readonly [char: string]: string} = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Removes every character that may not appear in an XML 1.0 document. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/**
 * Makes `text` safe as element content or as a double-quoted attribute value:
 * drops illegal characters and escapes & < > ".
 */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"]/g, char => ENTITIES[char]);
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
