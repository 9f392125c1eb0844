// A small XML tokenizer for the parts of an .xlsx: start and end tags with their attributes, and
// the text the caller asks for. Linear in the input; it never reads a DTD or expands an entity
// beyond the five predefined ones and character references, and refuses a DOCTYPE outright.

import {malformed} from './xlsx-error';

/** Attributes by qualified name ("r", "r:id", "xml:space"), values decoded. */
export type XmlAttributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  /** `name` is the local name: a prefix such as "x:" in "x:row" is dropped. */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Called with decoded text (and CDATA) only while `wantsText` is true. */
  text(text: string): void;
  readonly wantsText: boolean;
}

const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;
const NAME_END = /[\s/]/;

/** Feeds every tag of `xml` to `handler`, in document order. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = xml.length;
  while (pos < length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos && handler.wantsText) {
      handler.text(decodeXmlText(xml.slice(pos, textEnd)));
    }
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      pos = endOf(xml, '?>', lt);
    } else if (next === 33 /* ! */) {
      pos = skipDeclaration(xml, lt, handler);
    } else if (next === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) malformed('unterminated end tag');
      handler.close(localName(xml.slice(lt + 2, gt).trim()));
      pos = gt + 1;
    } else {
      pos = readStartTag(xml, lt, handler);
    }
  }
}

function endOf(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from);
  if (at < 0) malformed(`unterminated ${terminator}`);
  return at + terminator.length;
}

function skipDeclaration(xml: string, lt: number, handler: XmlHandler): number {
  if (xml.startsWith('<!--', lt)) return endOf(xml, '-->', lt + 4);
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = endOf(xml, ']]>', lt + 9);
    if (handler.wantsText) {
      handler.text(normaliseNewlines(xml.slice(lt + 9, end - 3)));
    }
    return end;
  }
  // <!DOCTYPE …> and <!ENTITY …>: a workbook never has them; entity attacks start here.
  return malformed('DOCTYPE or other markup declaration');
}

function readStartTag(xml: string, lt: number, handler: XmlHandler): number {
  const gt = tagEnd(xml, lt);
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
  const nameMatch = NAME_END.exec(body);
  const nameLength = nameMatch ? nameMatch.index : body.length;
  if (nameLength === 0) malformed('tag without a name');
  const name = localName(body.slice(0, nameLength));
  handler.open(name, readAttributes(body, nameLength), selfClosing);
  if (selfClosing) handler.close(name);
  return gt + 1;
}

/** The ">" ending the tag at `lt`; '>' may stand unescaped inside a quoted value. */
function tagEnd(xml: string, lt: number): number {
  let from = lt + 1;
  for (;;) {
    const gt = xml.indexOf('>', from);
    if (gt < 0) return malformed('unterminated start tag');
    const quote = firstQuote(xml, from, gt);
    if (quote < 0) return gt;
    const close = xml.indexOf(xml[quote], quote + 1);
    if (close < 0) return malformed('unterminated attribute');
    from = close + 1;
  }
}

/** The first quote between `from` and `before`, or -1; looks no further than `before`. */
function firstQuote(xml: string, from: number, before: number): number {
  const span = xml.slice(from, before);
  const double = span.indexOf('"');
  const single = span.indexOf("'");
  const first =
    double < 0 ? single : single < 0 ? double : Math.min(double, single);
  return first < 0 ? -1 : from + first;
}

/** name="value" pairs after the tag name; native searches only, no backtracking. */
function readAttributes(body: string, from: number): XmlAttributes {
  const attributes: Record<string, string> = {};
  let at = from;
  for (;;) {
    const equals = body.indexOf('=', at);
    if (equals < 0) {
      if (body.slice(at).trim() !== '') malformed('bad attribute');
      return attributes;
    }
    const name = body.slice(at, equals).trim();
    if (name === '' || /\s/.test(name)) malformed('bad attribute');
    let q = equals + 1;
    while (isSpace(body.charCodeAt(q))) q++;
    const quote = body.charCodeAt(q);
    if (quote !== QUOTE && quote !== APOSTROPHE)
      malformed('unquoted attribute');
    const end = body.indexOf(body[q], q + 1);
    if (end < 0) malformed('unterminated attribute');
    const raw = body.slice(q + 1, end);
    attributes[name] = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
    at = end + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** The value of an attribute by local name whatever its prefix ("r:id", "ns2:id"). */
export function prefixedAttribute(
  attributes: XmlAttributes,
  local: string,
): string | undefined {
  for (const name of Object.keys(attributes)) {
    const colon = name.indexOf(':');
    if (colon >= 0 && name.slice(colon + 1) === local) return attributes[name];
  }
  return undefined;
}

/** Character data as a parser hands it over: line ends normalised, references decoded. */
export function decodeXmlText(raw: string): string {
  const text = normaliseNewlines(raw);
  return text.indexOf('&') < 0 ? text : decodeEntities(text);
}

function normaliseNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) return malformed('"&" without a reference');
    if (name in PREDEFINED) return PREDEFINED[name];
    const code = /^#x[0-9a-f]+$/i.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (!(code > 0 && code <= 0x10ffff)) {
      return malformed(`undeclared entity &${name};`);
    }
    return String.fromCodePoint(code);
  });
}
