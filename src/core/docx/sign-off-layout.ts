// Where the 落款 lines stand: GB/T 9704-2012 7.3.5.2 for documents without a seal. The unit is
// two characters in from the right; the date goes on the next line with its first character two
// characters right of the unit's first; if the date is the longer, it is two characters in from
// the right and the unit moves right instead, keeping the same two-character step. Joint organs
// stand one per line, lead organ first, aligned on their first character.

import {measureLineWidth} from './text-width';

/** Right indents in hundredths of a body character (200 = two characters). */
export interface SignOffIndents {
  /** One per organ line. */
  readonly unitRightChars: readonly number[];
  readonly dateRightChars: number;
}

const TWO_CHARACTERS = 200;

/**
 * Right indents of the organ lines (one per organ; a joint sign-off stacks the lead organ first,
 * GB/T 9704 7.3.5.2) and of the date. The organ lines start in one column, the longest two
 * characters in from the right; the date starts two characters right of that column.
 */
export function computeSignOffIndents(
  units: readonly string[],
  date: string,
): SignOffIndents {
  const widths = units.map(measureLineWidth);
  const unitWidth = Math.max(0, ...widths);
  const dateWidth = measureLineWidth(date);
  let longestRight = TWO_CHARACTERS;
  let dateRight = longestRight + unitWidth - TWO_CHARACTERS - dateWidth;
  if (dateRight < TWO_CHARACTERS) {
    longestRight = 2 * TWO_CHARACTERS + dateWidth - unitWidth;
    dateRight = TWO_CHARACTERS;
  }
  return {
    unitRightChars: widths.map(w => longestRight + unitWidth - w),
    dateRightChars: dateRight,
  };
}

/**
 * A sealed sign-off (GB/T 9704-2012 7.3.5.1, 报送): the date four characters in from the right,
 * each organ line centred over the date ("以成文日期为准居中"); an organ wider than the date by
 * more than eight characters reaches the right edge instead.
 */
export function computeSealedSignOffIndents(
  units: readonly string[],
  date: string,
  dateRightChars: number,
): SignOffIndents {
  const dateWidth = measureLineWidth(date);
  return {
    unitRightChars: units.map(unit =>
      Math.max(
        0,
        Math.round(dateRightChars + (dateWidth - measureLineWidth(unit)) / 2),
      ),
    ),
    dateRightChars,
  };
}
