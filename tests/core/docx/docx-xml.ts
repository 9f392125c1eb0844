// Test helpers: render a report, parse every part strictly with xmldom, and walk the XML.

import {DOMParser, onWarningStopParsing} from '@xmldom/xmldom';
import {ReportDocument} from '../../../src/core/document/model';
import {ProfileName, renderDocxParts} from '../../../src/core/docx';

type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = NonNullable<XmlDocument['documentElement']>;

/** Parses `xml`, throwing on any warning or error, so only well-formed XML passes. */
export function parseXml(xml: string): XmlElement {
  const parsed = new DOMParser({onError: onWarningStopParsing}).parseFromString(
    xml,
    'text/xml',
  );
  if (!parsed.documentElement) throw new Error('no root element');
  return parsed.documentElement;
}

/** Every part of the rendered document, parsed, by path. */
export function renderParsed(
  doc: ReportDocument,
  profile: ProfileName,
  createdAt?: Date,
): Map<string, XmlElement> {
  const parsed = new Map<string, XmlElement>();
  for (const part of renderDocxParts(doc, profile, createdAt)) {
    parsed.set(part.path, parseXml(part.content));
  }
  return parsed;
}

/** The root of one parsed part; fails the test if the part is missing. */
export function part(parts: Map<string, XmlElement>, path: string): XmlElement {
  const root = parts.get(path);
  if (!root) throw new Error(`missing part ${path}`);
  return root;
}

/** Descendants with the qualified tag name, in document order. */
export function descendants(node: XmlElement, tagName: string): XmlElement[] {
  return Array.from(node.getElementsByTagName(tagName));
}

/** Direct children with the qualified tag name. */
export function children(node: XmlElement, tagName: string): XmlElement[] {
  return Array.from(node.childNodes).filter(
    (child): child is XmlElement =>
      child.nodeType === 1 && (child as XmlElement).tagName === tagName,
  );
}

/** The first direct child with the tag name, or undefined. */
export function child(
  node: XmlElement,
  tagName: string,
): XmlElement | undefined {
  return children(node, tagName)[0];
}

/** Follows a path of direct children ("w:pPr", "w:ind"); undefined when a step is missing. */
export function path(
  node: XmlElement,
  ...tagNames: string[]
): XmlElement | undefined {
  let current: XmlElement | undefined = node;
  for (const tagName of tagNames) {
    current = current && child(current, tagName);
  }
  return current;
}

/** Value of a `w:val`-like attribute of the element at `tagNames` below `node`. */
export function attributeAt(
  node: XmlElement,
  attribute: string,
  ...tagNames: string[]
): string | null {
  const target = path(node, ...tagNames);
  return target ? target.getAttribute(attribute) : null;
}

/** The text of a paragraph: its w:t contents joined. */
export function paragraphText(paragraph: XmlElement): string {
  return descendants(paragraph, 'w:t')
    .map(t => t.textContent || '')
    .join('');
}

/** The body's paragraphs, and those that hold text (spacer lines have no w:t). */
export function bodyParagraphs(document: XmlElement): XmlElement[] {
  return children(path(document, 'w:body')!, 'w:p');
}

export function textParagraphs(document: XmlElement): XmlElement[] {
  return bodyParagraphs(document).filter(p => descendants(p, 'w:t').length > 0);
}

/** The paragraph's style id. */
export function styleOf(paragraph: XmlElement): string | null {
  return attributeAt(paragraph, 'w:val', 'w:pPr', 'w:pStyle');
}
