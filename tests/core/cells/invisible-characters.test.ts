import {findInvisible} from '../../../src/core/cells/invisible-characters';

describe('findInvisible', () => {
  it.each([
    ['\u200b', 'U+200B'],
    ['\u200c', 'U+200C'],
    ['\u200d', 'U+200D'],
    ['\u200e', 'U+200E'],
    ['\u200f', 'U+200F'],
    ['\u2060', 'U+2060'],
    ['\u2063', 'U+2063'],
    ['\u2064', 'U+2064'],
    ['\ufeff', 'U+FEFF'],
    ['\u00ad', 'U+00AD'],
    ['\u202a', 'U+202A'],
    ['\u202e', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u2069', 'U+2069'],
    ['\u180e', 'U+180E'],
    ['\u3164', 'U+3164'],
    ['\ufe0f', 'U+FE0F'],
    ['\u{e0041}', 'U+E0041'],
  ])('finds %j in 持证人数 and says where', (ch, code) => {
    expect(findInvisible(`持证${ch}人数`)).toEqual({
      clean: '持证人数',
      codes: [code],
      after: '持证',
    });
  });

  it('lists each kind once, in order, and says when the first one opens the text', () => {
    expect(findInvisible('\ufeff持\u200b证\u200b人数\u00ad')).toEqual({
      clean: '持证人数',
      codes: ['U+FEFF', 'U+200B', 'U+00AD'],
      after: '',
    });
  });

  it('leaves visible text alone: Chinese, ASCII, spaces and full-width marks', () => {
    for (const text of ['持证人数', 'ODR 平台', '一、（一）１.', '80.8%', '']) {
      expect(findInvisible(text)).toBeUndefined();
    }
  });
});
