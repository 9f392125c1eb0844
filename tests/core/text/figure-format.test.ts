import {
  approximateText,
  decimalText,
  formatFigure,
  parseFigureFormat,
  percentText,
  type FigureFormat,
} from '../../../src/core/text/figure-format';

const PLAIN: FigureFormat = {kind: 'plain'};

describe('parseFigureFormat', () => {
  it('reads an empty format as plain', () => {
    expect(parseFigureFormat('')).toEqual({kind: 'plain'});
    expect(parseFigureFormat('  ')).toEqual({kind: 'plain'});
  });

  it('reads 百分比 as percent with no fixed decimals', () => {
    expect(parseFigureFormat('百分比')).toEqual({kind: 'percent'});
  });

  it('reads 百分比1 as percent with one decimal', () => {
    expect(parseFigureFormat('百分比1')).toEqual({
      kind: 'percent',
      decimals: 1,
    });
  });

  it('reads %2 as percent with two decimals and % alone as percent', () => {
    expect(parseFigureFormat('%2')).toEqual({kind: 'percent', decimals: 2});
    expect(parseFigureFormat('%')).toEqual({kind: 'percent'});
  });

  it('accepts percent decimals 0 to 4 only', () => {
    expect(parseFigureFormat('百分比0')).toEqual({
      kind: 'percent',
      decimals: 0,
    });
    expect(parseFigureFormat('百分比4')).toEqual({
      kind: 'percent',
      decimals: 4,
    });
    expect(parseFigureFormat('百分比5')).toBeUndefined();
  });

  it('reads 万, 余 and 万余', () => {
    expect(parseFigureFormat('万')).toEqual({kind: 'wan'});
    expect(parseFigureFormat('余')).toEqual({kind: 'approximate'});
    expect(parseFigureFormat('万余')).toEqual({kind: 'wan-approximate'});
  });

  it('reads 中文 and 千分位', () => {
    expect(parseFigureFormat('中文')).toEqual({kind: 'chinese'});
    expect(parseFigureFormat('千分位')).toEqual({kind: 'thousands'});
  });

  it('trims spaces around a format name', () => {
    expect(parseFigureFormat(' 万 ')).toEqual({kind: 'wan'});
  });

  it('returns undefined for an unknown format name', () => {
    expect(parseFigureFormat('亿')).toBeUndefined();
    expect(parseFigureFormat('百分')).toBeUndefined();
  });
});

describe('formatFigure', () => {
  it('writes 0.808 in 百分比1 as 80.8%', () => {
    expect(formatFigure(0.808, {kind: 'percent', decimals: 1}, false)).toBe(
      '80.8%',
    );
  });

  it('pads a percent to the decimals asked for (0.8 in %2 → 80.00%)', () => {
    expect(formatFigure(0.8, {kind: 'percent', decimals: 2}, false)).toBe(
      '80.00%',
    );
  });

  it('writes a plain rate 0.8077 as 80.77%', () => {
    expect(formatFigure(0.8077, PLAIN, true)).toBe('80.77%');
  });

  it('writes a plain rate of 1 as 100% without trailing zeros', () => {
    expect(formatFigure(1, PLAIN, true)).toBe('100%');
  });

  it('writes 4812345 in 万 as 481.23万', () => {
    expect(formatFigure(4812345, {kind: 'wan'}, false)).toBe('481.23万');
  });

  it('writes 746 in 余 as 740余', () => {
    expect(formatFigure(746, {kind: 'approximate'}, false)).toBe('740余');
  });

  it('writes 32 in 余 as 30余', () => {
    expect(formatFigure(32, {kind: 'approximate'}, false)).toBe('30余');
  });

  it('writes a round 400 in 余 as exactly 400', () => {
    expect(formatFigure(400, {kind: 'approximate'}, false)).toBe('400');
  });

  it('writes 4812345 in 万余 as 480余万', () => {
    expect(formatFigure(4812345, {kind: 'wan-approximate'}, false)).toBe(
      '480余万',
    );
  });

  it('writes 4805000 in 万余 as 480余万', () => {
    expect(formatFigure(4805000, {kind: 'wan-approximate'}, false)).toBe(
      '480余万',
    );
  });

  it('writes a round 4800000 in 万余 as 480万', () => {
    expect(formatFigure(4800000, {kind: 'wan-approximate'}, false)).toBe(
      '480万',
    );
  });

  it('falls back to plain 余 for 万余 under ten thousand (9876 → 9800余)', () => {
    expect(formatFigure(9876, {kind: 'wan-approximate'}, false)).toBe('9800余');
  });

  it('writes 4 in 中文 as 四', () => {
    expect(formatFigure(4, {kind: 'chinese'}, false)).toBe('四');
  });

  it('returns undefined for 2.5 in 中文', () => {
    expect(formatFigure(2.5, {kind: 'chinese'}, false)).toBeUndefined();
  });

  it('returns undefined for a negative number in 中文', () => {
    expect(formatFigure(-3, {kind: 'chinese'}, false)).toBeUndefined();
  });

  it('writes 4812345 in 千分位 as 4,812,345', () => {
    expect(formatFigure(4812345, {kind: 'thousands'}, false)).toBe('4,812,345');
  });

  it('keeps decimals and the sign in 千分位 (-1234.5 → -1,234.5)', () => {
    expect(formatFigure(-1234.5, {kind: 'thousands'}, false)).toBe('-1,234.5');
  });

  it('keeps plain integers in Arabic digits', () => {
    expect(formatFigure(42, PLAIN, false)).toBe('42');
    expect(formatFigure(12345678, PLAIN, false)).toBe('12345678');
  });

  it('writes a plain fraction with at most two decimals (2.5 → 2.5, 1.004 → 1)', () => {
    expect(formatFigure(2.5, PLAIN, false)).toBe('2.5');
    expect(formatFigure(1.004, PLAIN, false)).toBe('1');
  });
});

describe('figure-format helpers', () => {
  it('drops trailing zeros in decimalText (2.50 → 2.5, 100.00 → 100)', () => {
    expect(decimalText(2.5, 2)).toBe('2.5');
    expect(decimalText(100, 2)).toBe('100');
    expect(decimalText(481.2345, 2)).toBe('481.23');
  });

  it('writes percentText without decimals as needed up to two (0.5 → 50%)', () => {
    expect(percentText(0.5)).toBe('50%');
    expect(percentText(0.12345)).toBe('12.35%');
  });

  it('leaves figures under 10 exact in approximateText (7 → 7)', () => {
    expect(approximateText(7, '')).toBe('7');
  });

  it('rounds to two significant digits from 100 on (1234 → 1200余)', () => {
    expect(approximateText(1234, '')).toBe('1200余');
    expect(approximateText(1000, '')).toBe('1000');
  });
});

describe('approximate formats on small, round and large values', () => {
  const fmt = (value: number, name: string) =>
    formatFigure(value, parseFigureFormat(name) as FigureFormat, false);

  it.each([
    [7, '7'],
    [9999, '9900余'],
    [10000, '1万'],
    [12345, '1.2万余'],
    [30000, '3万'],
    [30500, '3万余'],
    [31234, '3.1万余'],
    [99999, '9.9万余'],
    [100000, '10万'],
    [4812345, '480余万'],
    [123456789, '12000余万'],
  ])('writes %d in 万余 as %s', (value, text) => {
    expect(fmt(value, '万余')).toBe(text);
  });

  it.each([
    [5, '5'],
    [97, '97'],
    [99.5, '近100'],
    [2712, '近2800'],
    [2980, '近3000'],
    [3000, '3000'],
    [1234567, '近1300000'],
  ])('writes %d in 近 as %s', (value, text) => {
    expect(fmt(value, '近')).toBe(text);
  });

  it.each([
    [0, '零'],
    [2, '两'],
    [3, '三'],
    [20, '二十'],
  ])('writes %d in 两 as %s', (value, text) => {
    expect(fmt(value, '两')).toBe(text);
  });

  it('refuses 两 for a fraction', () => {
    expect(fmt(2.5, '两')).toBeUndefined();
  });

  it.each([
    [7, '7'],
    [32, '30余'],
    [100, '100'],
    [746, '740余'],
    [4812345, '4800000余'],
  ])('writes %d in 余 as %s', (value, text) => {
    expect(fmt(value, '余')).toBe(text);
  });

  it.each([
    [0, '0万'],
    [30000, '3万'],
    [4812345, '481.23万'],
  ])('writes %d in 万 as %s', (value, text) => {
    expect(fmt(value, '万')).toBe(text);
  });
});
