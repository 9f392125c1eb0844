// How wide text is on the 公文 grid, in hundredths of a character of its size: printable ASCII
// (digits in "2025年2月5日", Latin letters, the space) is half-width, everything else one
// character. The sign-off, the 附件说明, the 版头 and the page estimate all measure with it.

/** Width of one character: 50 for printable ASCII, 100 for every other character. */
export function characterWidth(char: string): number {
  return char >= ' ' && char <= '~' ? 50 : 100;
}

/** Width of a line of text. */
export function measureLineWidth(text: string): number {
  let width = 0;
  for (const char of text) width += characterWidth(char);
  return width;
}
