// Where the 落款 lines stand: GB/T 9704-2012 7.3.5.2 for documents without a seal. The unit is
// two characters in from the right; the date goes on the next line with its first character two
// characters right of the unit's first; if the date is the longer, it is two characters in from
// the right and the unit moves right instead, keeping the same two-character step.

/** Right indents in hundredths of a body character (200 = two characters). */
export interface SignOffIndents {
  readonly unitRightChars: number;
  readonly dateRightChars: number;
}

const TWO_CHARACTERS = 200;

/**
 * Width of a line in hundredths of a body character: printable ASCII (digits in
 * "2025年2月5日", Latin letters) is half-width, everything else one character.
 */
export function measureLineWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += char >= ' ' && char <= '~' ? 50 : 100;
  }
  return width;
}

export function computeSignOffIndents(
  unit: string,
  date: string,
): SignOffIndents {
  const unitWidth = measureLineWidth(unit);
  const dateWidth = measureLineWidth(date);
  const dateRight = TWO_CHARACTERS + unitWidth - TWO_CHARACTERS - dateWidth;
  if (dateRight >= TWO_CHARACTERS) {
    return {unitRightChars: TWO_CHARACTERS, dateRightChars: dateRight};
  }
  return {
    unitRightChars: 2 * TWO_CHARACTERS + dateWidth - unitWidth,
    dateRightChars: TWO_CHARACTERS,
  };
}
