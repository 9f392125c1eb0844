// The linear scanner against the regular expression it replaces, on many generated texts.

import {maskedSpans} from '../../../../src/core/rules/text/masked-spans';
import {maskText, MASK} from '../../../../src/core/rules/text/text-source';

/** The expression text-source used before, quadratic on long ASCII runs. */
const REFERENCE = new RegExp(
  [
    /\{\{[^{}]*\}\}/.source,
    /(?:https?|ftp):\/\/[!-~]+/.source,
    /www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[!-~]*)?/.source,
    /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/.source,
  ].join('|'),
  'g',
);

function referenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const PIECES = [
  'a',
  'Z',
  '7',
  '-',
  '.',
  '_',
  '%',
  '+',
  '@',
  '{',
  '}',
  '/',
  ':',
  ' ',
  '中',
  '，',
  'www.',
  'http://',
  'https://',
  'ftp://',
  'ttp://',
  '{{',
  '}}',
  'gov.cn',
  '.com',
  '{{持证人数}}',
  'zhang@',
  '@hz',
  'x..y',
  'www.a',
  'http',
  's',
];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('maskedSpans', () => {
  it('finds the spans the regular expression finds, on 10,000 generated texts', () => {
    const next = random(9);
    let withSpans = 0;
    for (let n = 0; n < 10000; n++) {
      const length = Math.floor(next() * 24);
      const text = Array.from(
        {length},
        () => PIECES[Math.floor(next() * PIECES.length)],
      ).join('');
      const expected = referenceSpans(text);
      if (expected.length > 0) withSpans += 1;
      const found = maskedSpans(text);
      if (JSON.stringify(found) !== JSON.stringify(expected)) {
        expect([text, found]).toEqual([text, expected]);
      }
    }
    expect(withSpans).toBeGreaterThan(3000);
  });

  it.each([
    '{{甲}}@hz.gov.cn',
    'www.a.b@c.de',
    'http://a.b@c.de',
    'www.a.b_www.a.b_x@y.zz',
    'a@b.c@d.e',
    'xhttps://a',
    'ftp://',
    'www.a..b',
    'www.a.b/',
    '{{a{{b}}c}}',
  ])('finds the same spans as the expression in %s', text => {
    expect(maskedSpans(text)).toEqual(referenceSpans(text));
  });

  it.each([
    ['访问 https://www.hz.gov.cn/a?b=1 查询', 'https://www.hz.gov.cn/a?b=1'],
    ['详见www.zjzwfw.gov.cn。', 'www.zjzwfw.gov.cn'],
    ['发送至 fazhi_ban@hz.gov.cn，', 'fazhi_ban@hz.gov.cn'],
    ['共{{持证人数}}人', '{{持证人数}}'],
  ])('masks the span in %s', (text, span) => {
    const masked = maskText(text);
    expect(masked.length).toBe(text.length);
    const at = text.indexOf(span);
    expect(masked.slice(at, at + span.length)).toBe(MASK.repeat(span.length));
    expect(masked.slice(0, at)).toBe(text.slice(0, at));
  });

  it('leaves a text without a URL, an address or a placeholder as it is', () => {
    const text = '邮箱地址@后缀不全 www.域名 a@b';
    expect(maskText(text)).toBe(text);
  });
});
