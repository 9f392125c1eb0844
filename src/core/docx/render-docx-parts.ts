// The entry point of the OOXML renderer: a report document in, the .docx parts out as strings.
// packDocx zips them with the zip function each adapter passes in (fflate in all three).

import {ReportDocument} from '../document/model';
import {FONT_PROFILES} from './font-profiles';
import {
  BASE_PARTS,
  CONTENT_TYPES_PATH,
  DOCUMENT_RELS_PATH,
  PACKAGE_RELS_PATH,
  PARTS,
  renderContentTypesXml,
  renderRelationshipsXml,
} from './package-parts';
import {PROFILES, isProfileName, type ProfileName} from './profiles';
import {renderBodyXml, renderDocumentXml} from './render-body';
import {
  renderAppPropertiesXml,
  renderCorePropertiesXml,
} from './render-doc-props';
import {renderFontTableXml} from './render-font-table';
import {renderFooterXml} from './render-footers';
import {renderImprintEnding} from './render-imprint-ending';
import {renderSettingsXml} from './render-settings';
import {renderStylesXml} from './render-styles';

/** One file of the package; `path` has no leading slash, e.g. "word/document.xml". */
export interface DocxPart {
  readonly path: string;
  readonly content: string;
}

/**
 * Renders `doc` as the parts of a .docx laid out per GB/T 9704-2012 with the fonts of
 * `profile`; 报送 adds the 版头, the sealed sign-off and the 版记 of `doc.submission`.
 * `createdAt` goes into the core properties; without it the output is deterministic.
 */
export function renderDocxParts(
  doc: ReportDocument,
  profile: ProfileName,
  createdAt?: Date,
): DocxPart[] {
  if (!isProfileName(profile)) {
    throw new Error(`unknown font profile ${JSON.stringify(profile)}`);
  }
  const {submission} = PROFILES[profile];
  const fonts = FONT_PROFILES[PROFILES[profile].fonts];
  const footers = {
    odd: PARTS.footerOdd.relationshipId,
    even: PARTS.footerEven.relationshipId,
  };
  const body = renderBodyXml(doc, fonts, submission);
  const imprint = submission ? doc.submission?.imprint : undefined;
  const closing = imprint
    ? renderImprintEnding(imprint, fonts, body)
    : undefined;
  const parts = closing?.parts ?? BASE_PARTS;
  return [
    {
      path: CONTENT_TYPES_PATH,
      content: renderContentTypesXml(parts),
    },
    {
      path: PACKAGE_RELS_PATH,
      content: renderRelationshipsXml('package', parts),
    },
    {
      path: PARTS.document.path,
      content: renderDocumentXml(body, footers, closing?.ending),
    },
    {
      path: DOCUMENT_RELS_PATH,
      content: renderRelationshipsXml('document', parts),
    },
    {path: PARTS.styles.path, content: renderStylesXml(fonts, submission)},
    {path: PARTS.settings.path, content: renderSettingsXml()},
    {path: PARTS.fontTable.path, content: renderFontTableXml(fonts)},
    {path: PARTS.footerOdd.path, content: renderFooterXml('odd', fonts)},
    {path: PARTS.footerEven.path, content: renderFooterXml('even', fonts)},
    ...(closing?.footers ?? []),
    {
      path: PARTS.coreProperties.path,
      content: renderCorePropertiesXml(doc.title, doc.author, createdAt),
    },
    {path: PARTS.appProperties.path, content: renderAppPropertiesXml()},
  ];
}
