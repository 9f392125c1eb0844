// Where a text holds a placeholder ({{…}}), a URL or an e-mail address, found in linear time.
// Same spans as the regular expression
//   \{\{[^{}]*\}\} | (?:https?|ftp):\/\/[!-~]+ | www\.LABEL(?:\.LABEL)+(?:\/[!-~]*)? |
//   [A-Za-z0-9._%+-]+@LABEL(?:\.LABEL)+          (LABEL = [A-Za-z0-9-]+)
// run globally, which backtracks quadratically on long ASCII runs (9–11 s on a 100 KB cell).
// Each kind is found from its anchor ({{, ://, www., @), and the leftmost span wins, ties going
// to the kind listed first, as in the expression.

/** A span of text, end exclusive. */
export type Span = readonly [start: number, end: number];

interface Kind {
  /** The leftmost match of this kind starting at or after `from`, if any. */
  next(from: number): Span | undefined;
}

const isPrintable = (c: number) => c >= 0x21 && c <= 0x7e;
const isLabel = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x2d;
const isLocal = (c: number) =>
  isLabel(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b;

/** Every index where `needle` occurs in `text`, in order. */
function anchors(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/** Runs over the text, computed from the right once: where a run that includes i ends. */
class Runs {
  private printable?: Int32Array;
  private chain?: {end: Int32Array; labels: Int32Array};

  constructor(private readonly text: string) {}

  /** End of the run of printable ASCII starting at `i` (i itself if none). */
  printableEnd(i: number): number {
    if (!this.printable) {
      const {text} = this;
      const end = new Int32Array(text.length + 1);
      end[text.length] = text.length;
      for (let k = text.length - 1; k >= 0; k--) {
        end[k] = isPrintable(text.charCodeAt(k)) ? end[k + 1] : k;
      }
      this.printable = end;
    }
    return this.printable[i];
  }

  /**
   * The longest LABEL(\.LABEL)* starting at `i`: its end and how many labels it holds (0 when
   * `i` is not a label character).
   */
  labelChain(i: number): {end: number; labels: number} {
    if (!this.chain) this.chain = this.computeChains();
    return {end: this.chain.end[i], labels: this.chain.labels[i]};
  }

  private computeChains() {
    const {text} = this;
    const n = text.length;
    const labelEnd = new Int32Array(n + 2);
    const end = new Int32Array(n + 2);
    const labels = new Int32Array(n + 2);
    labelEnd[n] = n;
    end[n] = n;
    for (let k = n - 1; k >= 0; k--) {
      if (!isLabel(text.charCodeAt(k))) {
        labelEnd[k] = k;
        end[k] = k;
        continue;
      }
      const e = isLabel(text.charCodeAt(k + 1)) ? labelEnd[k + 1] : k + 1;
      labelEnd[k] = e;
      if (text.charCodeAt(e) === 0x2e && isLabel(text.charCodeAt(e + 1))) {
        end[k] = end[e + 1];
        labels[k] = labels[e + 1] + 1;
      } else {
        end[k] = e;
        labels[k] = 1;
      }
    }
    return {end, labels};
  }
}

/**
 * A kind found from fixed anchors: each anchor gives one span or none, worked out once however
 * often `next` is asked. `clip` says what is left of it for a search from `from` (by default the
 * span if it starts there or later); `from` only grows, so an anchor skipped once stays skipped.
 */
function anchoredKind(
  starts: readonly number[],
  spanAt: (anchor: number) => Span | undefined,
  clip = (span: Span, _anchor: number, from: number): Span | undefined =>
    span[0] >= from ? span : undefined,
): Kind {
  let k = 0;
  let cached: {k: number; span: Span | undefined} | undefined;
  return {
    next(from) {
      for (; k < starts.length; k++) {
        if (cached?.k !== k) cached = {k, span: spanAt(starts[k])};
        const span = cached.span && clip(cached.span, starts[k], from);
        if (span) return span;
      }
      return undefined;
    },
  };
}

function placeholders(text: string): Kind {
  return anchoredKind(anchors(text, '{{'), at => {
    let j = at + 2;
    while (j < text.length && text[j] !== '{' && text[j] !== '}') j++;
    return text.startsWith('}}', j) ? [at, j + 2] : undefined;
  });
}

function urls(text: string, runs: Runs): Kind {
  const scheme = (at: number) => {
    for (const name of ['https', 'http', 'ftp']) {
      if (at >= name.length && text.startsWith(name, at - name.length)) {
        return at - name.length;
      }
    }
    return -1;
  };
  return anchoredKind(anchors(text, '://'), at => {
    const start = scheme(at);
    const end = runs.printableEnd(at + 3);
    return start >= 0 && end > at + 3 ? [start, end] : undefined;
  });
}

function wwwAddresses(text: string, runs: Runs): Kind {
  return anchoredKind(anchors(text, 'www.'), at => {
    const chain = runs.labelChain(at + 4);
    if (chain.labels < 2) return undefined;
    let end = chain.end;
    if (text[end] === '/') end = runs.printableEnd(end + 1);
    return [at, end];
  });
}

/**
 * E-mail addresses, found from each @: the local part is the run of its characters before the @.
 * The expression may start anywhere in that run, so a search from inside it starts there.
 */
function emails(text: string, runs: Runs): Kind {
  return anchoredKind(
    anchors(text, '@'),
    at => {
      const domain = runs.labelChain(at + 1);
      if (domain.labels < 2) return undefined;
      let start = at;
      while (start > 0 && isLocal(text.charCodeAt(start - 1))) start--;
      return start < at ? [start, domain.end] : undefined;
    },
    (span, at, from) =>
      at > from ? [Math.max(span[0], from), span[1]] : undefined,
  );
}

/** The spans to mask in `text`, in order, not overlapping. */
export function maskedSpans(text: string): Span[] {
  const runs = new Runs(text);
  const kinds = [
    placeholders(text),
    urls(text, runs),
    wwwAddresses(text, runs),
    emails(text, runs),
  ];
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    let best: Span | undefined;
    for (const kind of kinds) {
      const span = kind.next(from);
      if (span && (!best || span[0] < best[0])) best = span;
    }
    if (!best) return spans;
    spans.push(best);
    from = best[1];
  }
}
