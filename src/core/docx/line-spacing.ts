// How each profile spaces lines. 公文: exact heights on the GB/T 9704 grid (22 lines × 28
// characters). 在线: Google Docs has no line grid, no exact line height and no character spacing
// (it turns them into proportional spacing of its own), so the Doc gets proportional spacing
// chosen to give about 22 lines on A4, as close as Docs allows.

import {FONT_PROFILES, type FontProfile} from './font-profiles';

export type LineSpacing =
  | {readonly rule: 'exact'}
  /** `w:line` in 240ths of a single line ("auto"): 300 is 1.25 lines. */
  | {readonly rule: 'auto'; readonly line: number};

/**
 * 1.25 lines for 在线. The text block is 225 mm (637.8 pt) high, so 22 lines need 29.0 pt each.
 * A single line of 16 pt Noto Serif SC is about 16 × 1.448 = 23.2 pt (the Noto CJK fonts'
 * ascent 1.160 + descent 0.288 em, which Docs uses for single spacing); 23.2 × 1.25 = 29.0 pt.
 * Docs offers any multiple under 格式 → 行距 → 自定义, so the value survives the conversion.
 */
const ONLINE_LINE = 300;

/** The spacing of `profile` (FONT_PROFILES' entries are the only profiles). */
export function lineSpacingOf(profile: FontProfile): LineSpacing {
  return profile === FONT_PROFILES.在线
    ? {rule: 'auto', line: ONLINE_LINE}
    : {rule: 'exact'};
}
