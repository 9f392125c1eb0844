// Every match of a pattern in a text, with its index (String.prototype.matchAll is ES2020).

export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(pattern.source, 'g');
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += 1;
  }
  return out;
}
