// Every match of a pattern in a text, with its index (String.prototype.matchAll is ES2020).

/**
 * A global pattern is used as it is (its lastIndex is reset before and after), so callers
 * compile their patterns once at module level; any other is copied with the g flag.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = pattern.global ? pattern : new RegExp(pattern.source, 'g');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += 1;
  }
  re.lastIndex = 0;
  return out;
}
