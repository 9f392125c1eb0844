// Reads a .docx back independently of the renderer: unzip, parse the XML, collect paragraphs.

import {DOMParser} from '@xmldom/xmldom';
import {strFromU8, unzipSync} from 'fflate';
import {readFileSync} from 'fs';

type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlRoot = NonNullable<XmlDocument['documentElement']>;

export interface DocxContents {
  readonly files: Readonly<Record<string, string>>;
  xml(path: string): XmlRoot;
  /** Non-empty paragraphs of word/document.xml, each as its joined w:t text. */
  paragraphs(): string[];
}

export function readDocx(path: string): DocxContents {
  return readDocxBytes(readFileSync(path), path);
}

/** The same, from the bytes of a .docx (an upload kept by the Drive fake, say). */
export function readDocxBytes(
  bytes: Uint8Array,
  path = '(bytes)',
): DocxContents {
  const zipped = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(zipped))
    files[name] = strFromU8(bytes);
  const xml = (part: string): XmlRoot => {
    const text = files[part];
    if (text === undefined) throw new Error(`no part ${part} in ${path}`);
    const root = new DOMParser().parseFromString(
      text,
      'text/xml',
    ).documentElement;
    if (!root) throw new Error(`part ${part} is not XML`);
    return root;
  };
  return {
    files,
    xml,
    paragraphs: () =>
      Array.from(xml('word/document.xml').getElementsByTagName('w:p'))
        .map(p =>
          Array.from(p.getElementsByTagName('w:t'))
            .map(t => t.textContent ?? '')
            .join(''),
        )
        .filter(text => text !== ''),
  };
}
