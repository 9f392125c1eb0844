// Near misses of the text rules (issue 8): correct phrases of real reports, each in a few plain
// sentences, draw no finding at all; the look-alikes with a character really missing still do.

import {CORRECT_PHRASES} from './correct-phrases';
import {findingsOfText, withCode} from './text-findings';

const SENTENCES = [
  (p: string) => p,
  (p: string) => `我街道持续推进${p}工作。`,
  (p: string) => `深化${p}，取得积极成效。`,
];

describe('correct phrases of real reports', () => {
  it('holds about a hundred phrases', () => {
    expect(CORRECT_PHRASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CORRECT_PHRASES)('finds nothing in %s', phrase => {
    for (const sentence of SENTENCES) {
      expect([sentence(phrase), findingsOfText(sentence(phrase))]).toEqual([
        sentence(phrase),
        [],
      ]);
    }
  });
});

describe('look-alikes with a character missing, next to the near misses', () => {
  it.each([
    ['严格规范行执法行为。', '行执法', '行政执法'],
    ['开展年终述职法活动。', '述职法', '述职述法'],
    ['规范行政罚裁量权。', '行政罚', '行政处罚'],
    ['严格落实政执法三项制度。', '政执法三项制度', '行政执法三项制度'],
    ['加强合法审查。', '合法审查', '合法性审查'],
  ])(
    'warns in %s that %s is %s with a character missing',
    (text, found, term) => {
      expect(
        withCode(findingsOfText(text), 'term-missing-character').map(
          ([, p]) => p,
        ),
      ).toEqual([expect.objectContaining({found, term})]);
    },
  );
});
