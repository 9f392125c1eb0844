import {escapeForSheet} from '../../src/apps-script/sheets/sheet-text';

describe('escapeForSheet', () => {
  it.each(['=HYPERLINK("x")', '+1', '-2', '@sum'])(
    'prefixes %s with an apostrophe',
    text => {
      expect(escapeForSheet(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text, numbers and dates alone', () => {
    const date = new Date(2025, 1, 5);
    expect([
      escapeForSheet('古荡街道'),
      escapeForSheet(-3),
      escapeForSheet(date),
    ]).toEqual(['古荡街道', -3, date]);
  });
});
