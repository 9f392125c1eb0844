// Escaping of text for the XML parts.

import {
  escapeXml,
  stripIllegalXmlChars,
} from '../../../src/core/docx/xml-escape';
import {parseXml} from './docx-xml';

describe('escapeXml', () => {
  it('escapes the four markup characters & < > "', () => {
    expect(escapeXml('a & b < c > d "e"')).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot;',
    );
  });

  it('leaves Chinese text, full-width punctuation and astral characters alone', () => {
    expect(escapeXml('法治“浙里调解”；𠀀')).toBe('法治“浙里调解”；𠀀');
  });

  it('drops control characters, lone surrogates and U+FFFE that XML 1.0 forbids', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0008c\u001Fd\uD800e\uFFFEf')).toBe(
      'abcdef',
    );
  });

  it('keeps tab, line feed and carriage return', () => {
    expect(stripIllegalXmlChars('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('gives text that round-trips through an XML parser in content and attributes', () => {
    const text = '合同<30>份 & "2" 件\u0001';
    const root = parseXml(`<r a="${escapeXml(text)}">${escapeXml(text)}</r>`);
    expect(root.textContent).toBe('合同<30>份 & "2" 件');
    expect(root.getAttribute('a')).toBe('合同<30>份 & "2" 件');
  });
});
