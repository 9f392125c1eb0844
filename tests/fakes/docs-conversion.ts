// The fake's model of what Google Docs does to a .docx it converts and exports back as .docx,
// from the review in issue 12 (not measured on a live account): page size, margins, odd/even
// footers, indents and the page-number field are kept; the line grid and character spacing are
// dropped; East Asian fonts Docs does not have fall back to Arial. Only for Drive export tests.

import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate';

/** Fonts Google Docs offers (the ones this project uses or might). */
const DOCS_FONTS = new Set([
  'Noto Serif SC',
  'Noto Sans SC',
  'Arial',
  'Times New Roman',
]);

export function convertedDocx(uploaded: Uint8Array): Uint8Array {
  const parts = unzipSync(uploaded);
  for (const path of Object.keys(parts)) {
    if (!path.endsWith('.xml')) continue;
    const xml = strFromU8(parts[path])
      .replace(/<w:docGrid\b[^>]*\/>/g, '')
      .replace(
        /(<w:rPr>(?:(?!<\/w:rPr>).)*?)<w:spacing w:val="-?\d+"\/>/g,
        '$1',
      )
      .replace(/w:(eastAsia|ascii|hAnsi|cs)="([^"]+)"/g, (all, slot, font) =>
        DOCS_FONTS.has(font) ? all : `w:${slot}="Arial"`,
      );
    parts[path] = strToU8(xml);
  }
  return zipSync(parts);
}
