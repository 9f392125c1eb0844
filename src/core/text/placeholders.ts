// Placeholders in section text: {{指标}} or {{指标|格式}}. Splits text into literal pieces and
// placeholders; malformed braces are reported, never silently dropped.

export interface PlaceholderToken {
  readonly kind: 'placeholder';
  /** The whole placeholder as typed, e.g. "{{持证率|百分比1}}". */
  readonly raw: string;
  readonly name: string;
  /** Text after "|", or "" when absent. */
  readonly format: string;
}

export interface LiteralToken {
  readonly kind: 'literal';
  readonly text: string;
}

export interface MalformedToken {
  readonly kind: 'malformed';
  readonly text: string;
}

export type TextToken = PlaceholderToken | LiteralToken | MalformedToken;

const TOKEN = /\{\{([^{}]*)\}\}|\{\{|\}\}|[｛｝]{2}/g;

/** Splits `text` into tokens. Full-width braces and stray {{ or }} become malformed tokens. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  const pattern = new RegExp(TOKEN.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    if (at > last) tokens.push({kind: 'literal', text: text.slice(last, at)});
    last = at + match[0].length;
    const inner = match[1];
    if (inner === undefined) {
      tokens.push({kind: 'malformed', text: excerpt(text, at)});
      continue;
    }
    const bar = inner.search(/[|｜]/);
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const format = bar < 0 ? '' : inner.slice(bar + 1).trim();
    if (name === '') tokens.push({kind: 'malformed', text: match[0]});
    else tokens.push({kind: 'placeholder', raw: match[0], name, format});
  }
  if (last < text.length)
    tokens.push({kind: 'literal', text: text.slice(last)});
  return tokens;
}

/** Names of all placeholders in `text`, in order, repeats kept. */
export function placeholderNames(text: string): string[] {
  return tokenizeText(text).flatMap(t =>
    t.kind === 'placeholder' ? [t.name] : [],
  );
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 4), Math.min(text.length, at + 12));
}
