// The parts of the .docx package, their content types and the relationships that reach them,
// kept in one table so that [Content_Types].xml and both .rels parts always agree.

import {NS_CONTENT_TYPES, NS_PACKAGE_RELATIONSHIPS} from './namespaces';
import {XML_DECLARATION, escapeXml} from './xml-escape';

const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const OFFICE_RELS =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CONTENT_TYPES_PATH = '[Content_Types].xml';
export const PACKAGE_RELS_PATH = '_rels/.rels';
export const DOCUMENT_RELS_PATH = 'word/_rels/document.xml.rels';

export type PartName =
  | 'document'
  | 'styles'
  | 'settings'
  | 'fontTable'
  | 'footerOdd'
  | 'footerEven'
  | 'footerImprintOdd'
  | 'footerImprintEven'
  | 'coreProperties'
  | 'appProperties';

interface PartEntry {
  readonly path: string;
  readonly contentType: string;
  /** The part whose relationships reach this one: the package itself or the main document. */
  readonly source: 'package' | 'document';
  readonly relationshipId: string;
  readonly relationshipType: string;
}

export const PARTS: {readonly [name in PartName]: PartEntry} = {
  document: {
    path: 'word/document.xml',
    contentType: `${WML}.document.main+xml`,
    source: 'package',
    relationshipId: 'rId1',
    relationshipType: `${OFFICE_RELS}/officeDocument`,
  },
  coreProperties: {
    path: 'docProps/core.xml',
    contentType: 'application/vnd.openxmlformats-package.core-properties+xml',
    source: 'package',
    relationshipId: 'rId2',
    relationshipType:
      'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  },
  appProperties: {
    path: 'docProps/app.xml',
    contentType:
      'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    source: 'package',
    relationshipId: 'rId3',
    relationshipType: `${OFFICE_RELS}/extended-properties`,
  },
  styles: {
    path: 'word/styles.xml',
    contentType: `${WML}.styles+xml`,
    source: 'document',
    relationshipId: 'rId1',
    relationshipType: `${OFFICE_RELS}/styles`,
  },
  settings: {
    path: 'word/settings.xml',
    contentType: `${WML}.settings+xml`,
    source: 'document',
    relationshipId: 'rId2',
    relationshipType: `${OFFICE_RELS}/settings`,
  },
  fontTable: {
    path: 'word/fontTable.xml',
    contentType: `${WML}.fontTable+xml`,
    source: 'document',
    relationshipId: 'rId3',
    relationshipType: `${OFFICE_RELS}/fontTable`,
  },
  footerOdd: {
    path: 'word/footer1.xml',
    contentType: `${WML}.footer+xml`,
    source: 'document',
    relationshipId: 'rId4',
    relationshipType: `${OFFICE_RELS}/footer`,
  },
  footerEven: {
    path: 'word/footer2.xml',
    contentType: `${WML}.footer+xml`,
    source: 'document',
    relationshipId: 'rId5',
    relationshipType: `${OFFICE_RELS}/footer`,
  },

  // The 版记 section of the 报送 version: nothing on its odd pages, the 版记 on its even page.
  footerImprintOdd: {
    path: 'word/footer3.xml',
    contentType: `${WML}.footer+xml`,
    source: 'document',
    relationshipId: 'rId6',
    relationshipType: `${OFFICE_RELS}/footer`,
  },
  footerImprintEven: {
    path: 'word/footer4.xml',
    contentType: `${WML}.footer+xml`,
    source: 'document',
    relationshipId: 'rId7',
    relationshipType: `${OFFICE_RELS}/footer`,
  },
};

/** The parts of every .docx; the 报送 version with a 版记 adds the two imprint footers. */
export const BASE_PARTS: readonly PartName[] = [
  'document',
  'coreProperties',
  'appProperties',
  'styles',
  'settings',
  'fontTable',
  'footerOdd',
  'footerEven',
];

export const IMPRINT_PARTS: readonly PartName[] = [
  ...BASE_PARTS,
  'footerImprintOdd',
  'footerImprintEven',
];

/** [Content_Types].xml: defaults for .rels and .xml, an override for every part. */
export function renderContentTypesXml(
  names: readonly PartName[] = BASE_PARTS,
): string {
  const overrides = names
    .map(name => PARTS[name])
    .map(
      part =>
        `<Override PartName="/${escapeXml(part.path)}"` +
        ` ContentType="${part.contentType}"/>`,
    );
  return (
    XML_DECLARATION +
    `<Types xmlns="${NS_CONTENT_TYPES}">` +
    '<Default Extension="rels"' +
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.join('') +
    '</Types>'
  );
}

/**
 * The relationships of the package (_rels/.rels) or of the main document
 * (word/_rels/document.xml.rels). Targets are relative to the source part's folder.
 */
export function renderRelationshipsXml(
  source: 'package' | 'document',
  names: readonly PartName[] = BASE_PARTS,
): string {
  const relationships = names
    .map(name => PARTS[name])
    .filter(part => part.source === source)
    .map(part => {
      const target =
        source === 'document' ? part.path.replace(/^word\//, '') : part.path;
      return (
        `<Relationship Id="${part.relationshipId}"` +
        ` Type="${part.relationshipType}" Target="${escapeXml(target)}"/>`
      );
    });
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NS_PACKAGE_RELATIONSHIPS}">` +
    relationships.join('') +
    '</Relationships>'
  );
}
