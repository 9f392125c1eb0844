// Test helper: small .xlsx packages written by hand, part by part, the way Excel, WPS, LibreOffice
// and Google Sheets lay them out, so each variant the reader must handle is spelt out in XML.

import {strToU8, zipSync} from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** The whole worksheet part; see worksheet(). */
  readonly xml: string;
  /** Relationship type's last segment; "worksheet" unless a chart sheet is meant. */
  readonly type?: string;
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  /** Extra workbook.xml content before <sheets>, e.g. '<workbookPr date1904="1"/>'. */
  readonly workbookPr?: string;
  /** Relationship targets written "/xl/worksheets/sheet1.xml" instead of "worksheets/sheet1.xml". */
  readonly absoluteTargets?: boolean;
  /** Where the workbook part lives; "xl/workbook.xml" unless given. */
  readonly workbookPart?: string;
}

/** The zipped package. */
export function xlsxPackage(spec: PackageSpec): Uint8Array {
  return zipSync(xlsxParts(spec));
}

/** The package's parts by name, before zipping (to alter one). */
export function xlsxParts(spec: PackageSpec): Record<string, Uint8Array> {
  const workbook = spec.workbookPart ?? 'xl/workbook.xml';
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const file = workbook.slice(folder.length);
  const target = (relative: string) =>
    spec.absoluteTargets ? `/${folder}${relative}` : relative;
  const rels: string[] = [];
  const parts: Record<string, string> = {};
  spec.sheets.forEach((sheet, i) => {
    const kind = sheet.type ?? 'worksheet';
    const name = `${kind}s/sheet${i + 1}.xml`;
    parts[folder + name] = sheet.xml;
    rels.push(relationship(`rId${i + 1}`, kind, target(name)));
  });
  if (spec.sharedStrings !== undefined) {
    parts[`${folder}sharedStrings.xml`] = spec.sharedStrings;
    rels.push(
      relationship('rIdS', 'sharedStrings', target('sharedStrings.xml')),
    );
  }
  if (spec.styles !== undefined) {
    parts[`${folder}styles.xml`] = spec.styles;
    rels.push(relationship('rIdT', 'styles', target('styles.xml')));
  }
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  parts[workbook] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ''}<sheets>${sheets}</sheets></workbook>`;
  parts[`${folder}_rels/${file}.rels`] = relationships(rels);
  parts['_rels/.rels'] = relationships([
    relationship('rId1', 'officeDocument', `/${workbook}`),
  ]);
  parts['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) bytes[name] = strToU8(text);
  return bytes;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
}

function relationships(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${items.join('')}</Relationships>`;
}

/** A worksheet part with `rows` inside <sheetData> and `after` following it (mergeCells…). */
export function worksheet(rows: string, after = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`
  );
}

/** A shared-strings part from raw <si> items. */
export function sharedStrings(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

/** A styles part whose cellXfs use these number format ids, with custom formats by id. */
export function styles(
  xfFormatIds: readonly number[],
  custom: Readonly<Record<number, string>> = {},
): string {
  const numFmts = Object.entries(custom)
    .map(
      ([id, code]) =>
        `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`,
    )
    .join('');
  const xfs = xfFormatIds
    .map(
      id =>
        `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
    `<numFmts count="${Object.keys(custom).length}">${numFmts}</numFmts>` +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    `<cellXfs count="${xfFormatIds.length}">${xfs}</cellXfs></styleSheet>`
  );
}

export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
}
