// The entry point of the OOXML renderer: a report document in, the .docx parts out as strings.
// packDocx zips them for the command line and the page; Apps Script zips with Utilities.zip.

import {ReportDocument} from '../document/model';
import {FONT_PROFILES, FontProfileName} from './font-profiles';
import {
  CONTENT_TYPES_PATH,
  DOCUMENT_RELS_PATH,
  PACKAGE_RELS_PATH,
  PARTS,
  renderContentTypesXml,
  renderRelationshipsXml,
} from './package-parts';
import {renderDocumentXml} from './render-body';
import {
  renderAppPropertiesXml,
  renderCorePropertiesXml,
} from './render-doc-props';
import {renderFontTableXml} from './render-font-table';
import {renderFooterXml} from './render-footers';
import {renderSettingsXml} from './render-settings';
import {renderStylesXml} from './render-styles';

/** One file of the package; `path` has no leading slash, e.g. "word/document.xml". */
export interface DocxPart {
  readonly path: string;
  readonly content: string;
}

/**
 * Renders `doc` as the parts of a .docx laid out per GB/T 9704-2012 with the fonts of
 * `profile`. `createdAt` goes into the core properties; without it the output is deterministic.
 */
export function renderDocxParts(
  doc: ReportDocument,
  profile: FontProfileName,
  createdAt?: Date,
): DocxPart[] {
  if (!Object.prototype.hasOwnProperty.call(FONT_PROFILES, profile)) {
    throw new Error(`unknown font profile ${JSON.stringify(profile)}`);
  }
  const fonts = FONT_PROFILES[profile];
  const footers = {
    odd: PARTS.footerOdd.relationshipId,
    even: PARTS.footerEven.relationshipId,
  };
  return [
    {path: CONTENT_TYPES_PATH, content: renderContentTypesXml()},
    {path: PACKAGE_RELS_PATH, content: renderRelationshipsXml('package')},
    {
      path: PARTS.document.path,
      content: renderDocumentXml(doc, fonts, footers),
    },
    {path: DOCUMENT_RELS_PATH, content: renderRelationshipsXml('document')},
    {path: PARTS.styles.path, content: renderStylesXml(fonts)},
    {path: PARTS.settings.path, content: renderSettingsXml()},
    {path: PARTS.fontTable.path, content: renderFontTableXml(fonts)},
    {path: PARTS.footerOdd.path, content: renderFooterXml('odd', fonts)},
    {path: PARTS.footerEven.path, content: renderFooterXml('even', fonts)},
    {
      path: PARTS.coreProperties.path,
      content: renderCorePropertiesXml(doc.title, doc.author, createdAt),
    },
    {path: PARTS.appProperties.path, content: renderAppPropertiesXml()},
  ];
}
