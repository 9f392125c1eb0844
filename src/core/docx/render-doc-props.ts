// docProps/core.xml (title, author, dates) and docProps/app.xml (the producing application).

import {escapeXml, XML_DECLARATION} from './xml-escape';

const CORE_NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
  ' xmlns:dcterms="http://purl.org/dc/terms/"' +
  ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** W3CDTF in UTC to the second, e.g. "2025-02-05T06:30:42Z". */
export function formatW3cdtf(date: Date): string {
  if (isNaN(date.getTime())) throw new Error('createdAt is an invalid Date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Core properties. Without `createdAt` the dates are left out, so the same document always
 * gives the same bytes.
 */
export function renderCorePropertiesXml(
  title: string,
  author: string,
  createdAt?: Date,
): string {
  const dates = createdAt
    ? ['created', 'modified']
        .map(
          name =>
            `<dcterms:${name} xsi:type="dcterms:W3CDTF">` +
            `${formatW3cdtf(createdAt)}</dcterms:${name}>`,
        )
        .join('')
    : '';
  return (
    XML_DECLARATION +
    `<cp:coreProperties ${CORE_NAMESPACES}>` +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:creator>${escapeXml(author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(author)}</cp:lastModifiedBy>` +
    dates +
    '</cp:coreProperties>'
  );
}

export const APPLICATION_NAME = 'fazhi-report';

/** Extended properties: only the producing application. */
export function renderAppPropertiesXml(): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${APPLICATION_NAME}</Application>` +
    '<DocSecurity>0</DocSecurity>' +
    '</Properties>'
  );
}
