// Test helper: the parsed XML of an .xlsx worksheet, found by its tab name.

import {DOMParser, type Document} from '@xmldom/xmldom';
import {strFromU8, unzipSync} from 'fflate';

export function sheetXml(xlsx: Uint8Array, tabName: string): Document {
  const files = unzipSync(xlsx);
  const parse = (path: string) =>
    new DOMParser().parseFromString(strFromU8(files[path]), 'text/xml');
  const sheet = Array.from(
    parse('xl/workbook.xml').getElementsByTagName('sheet'),
  ).find(element => element.getAttribute('name') === tabName);
  if (!sheet) throw new Error(`no sheet ${tabName}`);
  const id = sheet.getAttribute('r:id');
  const target = Array.from(
    parse('xl/_rels/workbook.xml.rels').getElementsByTagName('Relationship'),
  )
    .find(element => element.getAttribute('Id') === id)
    ?.getAttribute('Target');
  if (!target) throw new Error(`no part for sheet ${tabName}`);
  return parse(`xl/${target.replace(/^\/?xl\//, '')}`);
}

/** The <dataValidation> elements of a sheet as attribute maps plus formula1 text. */
export function validationsOf(doc: Document): Record<string, string>[] {
  return Array.from(doc.getElementsByTagName('dataValidation')).map(element => {
    const attributes: Record<string, string> = {};
    for (const attribute of Array.from(element.attributes)) {
      attributes[attribute.name] = attribute.value;
    }
    const formula = element.getElementsByTagName('formula1')[0];
    return {...attributes, formula1: formula?.textContent ?? ''};
  });
}

/** The <c> element of a cell address, e.g. "B4". */
export function cellXml(doc: Document, address: string) {
  return Array.from(doc.getElementsByTagName('c')).find(
    element => element.getAttribute('r') === address,
  );
}
