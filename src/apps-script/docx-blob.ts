// Packs rendered OOXML parts into a .docx blob with Utilities.zip (no Node zip in Apps Script).

import type {DocxPart} from '../core';
import type {BlobPort, UtilitiesPort} from './ports';

export const DOCX_MIME =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * One blob per part, named by its path inside the package ("word/document.xml"), zipped;
 * the zip is renamed and typed as a .docx so Drive converts or stores it as one.
 */
export function docxBlob(
  utilities: UtilitiesPort,
  parts: readonly DocxPart[],
  fileName: string,
): BlobPort {
  const blobs = parts.map(part =>
    utilities.newBlob(part.content, contentTypeOf(part.path), part.path),
  );
  return utilities.zip(blobs, fileName).setContentType(DOCX_MIME);
}

function contentTypeOf(path: string): string {
  return path.endsWith('.rels') || path.endsWith('.xml')
    ? 'application/xml'
    : 'text/plain';
}
