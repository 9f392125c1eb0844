// The parts of an .xlsx package: where the workbook is, its sheets in order with their part
// names (from workbook.xml and its relationships, relative or absolute targets), and the
// shared-strings and styles parts.

import {malformed} from './xlsx-error';
import {prefixedAttribute, scanXml, type XmlAttributes} from './xml-scan';

export interface Relationship {
  /** The last segment of the relationship type URI: "worksheet", "styles", "officeDocument"… */
  readonly type: string;
  /** The target part name, resolved against the source part, no leading "/". */
  readonly target: string;
}

export interface SheetPart {
  readonly name: string;
  readonly part: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

/** Reads a part's text by name; undefined when the package has no such part. */
export type PartReader = (name: string) => string | undefined;

/** The workbook part named by the package relationships, then its sheets and parts. */
export function readWorkbookParts(read: PartReader): WorkbookParts {
  const root = readRelationships(read, '');
  const workbook =
    [...root.values()].find(r => r.type === 'officeDocument')?.target ??
    'xl/workbook.xml';
  const xml = read(workbook);
  if (xml === undefined) return malformed('no workbook part');
  const rels = readRelationships(read, workbook);
  const sheets: SheetPart[] = [];
  let date1904 = false;
  scanXml(xml, {
    wantsText: false,
    text() {},
    close() {},
    open(name, attributes) {
      if (name === 'workbookPr') {
        date1904 = isTrue(attributes.date1904);
      } else if (name === 'sheet') {
        const sheet = sheetPart(attributes, rels);
        if (sheet) sheets.push(sheet);
      }
    },
  });
  const targetOf = (type: string) =>
    [...rels.values()].find(r => r.type === type)?.target;
  return {
    sheets,
    date1904,
    sharedStrings: targetOf('sharedStrings'),
    styles: targetOf('styles'),
  };
}

/** Only worksheets: chart sheets and dialog sheets hold no cells. */
function sheetPart(
  attributes: XmlAttributes,
  rels: ReadonlyMap<string, Relationship>,
): SheetPart | undefined {
  const id = prefixedAttribute(attributes, 'id');
  const rel = id === undefined ? undefined : rels.get(id);
  if (rel?.type !== 'worksheet') return undefined;
  return {name: attributes.name ?? '', part: rel.target};
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The relationships of `source` ("" for the package), by Id; external targets left out. */
export function readRelationships(
  read: PartReader,
  source: string,
): Map<string, Relationship> {
  const slash = source.lastIndexOf('/');
  const folder = source.slice(0, slash + 1);
  const file = source.slice(slash + 1);
  const xml = read(`${folder}_rels/${file}.rels`);
  const rels = new Map<string, Relationship>();
  if (xml === undefined) return rels;
  scanXml(xml, {
    wantsText: false,
    text() {},
    close() {},
    open(name, a) {
      if (name !== 'Relationship' || a.TargetMode === 'External') return;
      if (a.Id === undefined || a.Target === undefined) return;
      rels.set(a.Id, {
        type: (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1),
        target: resolveTarget(folder, a.Target),
      });
    },
  });
  return rels;
}

/** "worksheets/sheet1.xml" from "xl/" is "xl/worksheets/sheet1.xml"; "/xl/…" is absolute. */
export function resolveTarget(folder: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // a stray "%" is part of the name
  }
  const segments = path.startsWith('/')
    ? []
    : folder.split('/').filter(Boolean);
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
