// Placement of the 落款 lines (GB/T 9704 7.3.5.2, unsealed).

import {computeSignOffIndents} from '../../../src/core/docx/sign-off-layout';
import {measureLineWidth} from '../../../src/core/docx/text-width';

describe('measureLineWidth', () => {
  it('counts Chinese characters as one and ASCII digits as half a character', () => {
    expect(measureLineWidth('古荡街道')).toBe(400);
    expect(measureLineWidth('2025年2月5日')).toBe(600);
  });
});

describe('computeSignOffIndents', () => {
  it('puts the unit two characters in and the date two characters right of the unit start', () => {
    // Unit 8 wide ends 2 from the right, so it starts 10 in; the date (6 wide) starts 8 in.
    expect(computeSignOffIndents(['古荡街道办事处党'], '2025年2月5日')).toEqual(
      {
        unitRightChars: [200],
        dateRightChars: 200,
      },
    );
    expect(
      computeSignOffIndents(['杭州市西湖区古荡街道办事处'], '2025年2月5日'),
    ).toEqual({unitRightChars: [200], dateRightChars: 700});
  });

  it('keeps the date two characters in and moves the unit right when the date is longer', () => {
    expect(computeSignOffIndents(['古荡街道'], '2025年12月25日')).toEqual({
      unitRightChars: [700],
      dateRightChars: 200,
    });
  });

  it('stacks joint organs on their first character, the longest two characters in', () => {
    // 中共某某县委 (6) and 某某县人民政府 (7) start in one column, 10 characters from the right;
    // the date (6 wide) starts two characters right of it, so it ends 2 in.
    expect(
      computeSignOffIndents(['中共某某县委', '某某县人民政府'], '2025年2月5日'),
    ).toEqual({unitRightChars: [400, 300], dateRightChars: 200});
  });
});
