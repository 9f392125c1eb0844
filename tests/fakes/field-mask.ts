// Drive's `fields` partial-response syntax for the fakes: "a,b/c,d(e,f(g))" keeps only the named
// fields, descending into arrays element by element; "*" keeps everything at its level.

type Mask = Map<string, Mask | true>;

/** `value` cut down to the fields named in `fields`; a malformed mask throws as Drive does. */
export function projectFields(value: unknown, fields: string): unknown {
  const parser = {text: fields.replace(/\s+/g, ''), at: 0};
  const mask = parseList(parser);
  if (parser.at !== parser.text.length) throw invalidMask(fields);
  return project(value, mask);
}

function parseList(p: {text: string; at: number}): Mask {
  const mask: Mask = new Map();
  for (;;) {
    const path = parseName(p).split('/');
    let sub: Mask | true = true;
    if (p.text[p.at] === '(') {
      p.at++;
      sub = parseList(p);
      if (p.text[p.at] !== ')') throw invalidMask(p.text);
      p.at++;
    }
    addPath(mask, path, sub);
    if (p.text[p.at] !== ',') return mask;
    p.at++;
  }
}

function parseName(p: {text: string; at: number}): string {
  const match = /^[A-Za-z_*][\w*]*(?:\/[A-Za-z_*][\w*]*)*/.exec(
    p.text.slice(p.at),
  );
  if (!match) throw invalidMask(p.text);
  p.at += match[0].length;
  return match[0];
}

function addPath(mask: Mask, path: string[], leaf: Mask | true): void {
  const [head, ...rest] = path;
  const existing = mask.get(head);
  if (existing === true) return;
  if (rest.length === 0) {
    mask.set(head, leaf === true ? true : merge(existing, leaf));
    return;
  }
  const child = existing ?? new Map();
  mask.set(head, child);
  addPath(child, rest, leaf);
}

function merge(a: Mask | undefined, b: Mask): Mask {
  if (!a) return b;
  b.forEach((sub, key) => addPath(a, [key], sub));
  return a;
}

function project(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object')
    return value;
  if (Array.isArray(value)) return value.map(item => project(item, mask));
  if (mask.has('*')) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  mask.forEach((sub, key) => {
    if (source[key] !== undefined) out[key] = project(source[key], sub);
  });
  return out;
}

function invalidMask(fields: string): Error {
  return new Error(`Invalid field selection ${fields}`);
}
