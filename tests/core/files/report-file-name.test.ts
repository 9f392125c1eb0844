// One naming scheme for every report file: the command line's names stay as they were, and
// Sheets and the offline page add the version, the minute and the draft mark in one order.

import {
  FILE_NAME_TEXT,
  MAX_NAME_BYTES,
  PROFILE_NAMES,
  reportFileName,
  reportNameStem,
  utf8Length,
} from '../../../src/core';

const TITLE = '古荡街道2024年度法治政府建设工作报告';
const TIME = '2025-02-05 14:30:59';

describe('reportFileName', () => {
  it('names the command line’s files by the title alone, with （报送版） for 报送', () => {
    expect(reportFileName({title: TITLE, profile: '公文', draft: false})).toBe(
      `${TITLE}.docx`,
    );
    expect(reportFileName({title: TITLE, profile: '在线', draft: false})).toBe(
      `${TITLE}.docx`,
    );
    expect(reportFileName({title: TITLE, profile: '报送', draft: false})).toBe(
      `${TITLE}（报送版）.docx`,
    );
  });

  it('puts the version, the minute and the draft mark after the title and the profile, in that order', () => {
    expect(
      reportNameStem({
        title: TITLE,
        profile: '报送',
        draft: true,
        version: 'v3',
        time: TIME,
      }),
    ).toBe(
      `${TITLE}（报送版） v3 2025-02-05 14:30 ${FILE_NAME_TEXT.draftMark}`,
    );
    expect(
      reportNameStem({title: TITLE, profile: '公文', draft: false, time: TIME}),
    ).toBe(`${TITLE} 2025-02-05 14:30`);
  });

  it('marks a draft after the name, never before it, whatever the profile', () => {
    for (const profile of PROFILE_NAMES) {
      const plain = reportNameStem({title: TITLE, profile, draft: false});
      const draft = reportFileName({title: TITLE, profile, draft: true});
      expect([profile, draft]).toEqual([
        profile,
        `${plain} ${FILE_NAME_TEXT.draftMark}.docx`,
      ]);
    }
  });

  it('is the stem with .docx, for every combination of parts', () => {
    for (const profile of PROFILE_NAMES)
      for (const draft of [false, true])
        for (const version of [undefined, 'v12'])
          for (const time of [undefined, TIME]) {
            const parts = {title: TITLE, profile, draft, version, time};
            expect(reportFileName(parts)).toBe(`${reportNameStem(parts)}.docx`);
          }
  });

  it('makes the title safe and names an empty one 报告, leaving the parts after it whole', () => {
    expect(
      reportNameStem({
        title: 'a/b:c',
        profile: '公文',
        draft: false,
        version: 'v1',
        time: TIME,
      }),
    ).toBe('a_b_c v1 2025-02-05 14:30');
    expect(reportFileName({title: ' . ', profile: '报送', draft: true})).toBe(
      `${FILE_NAME_TEXT.untitled}（报送版） ${FILE_NAME_TEXT.draftMark}.docx`,
    );
  });

  it('cuts a long title, not the parts after it, and stays within 255 bytes', () => {
    const tail = `（报送版） v3 2025-02-05 14:30 ${FILE_NAME_TEXT.draftMark}.docx`;
    for (const title of ['𠀀'.repeat(200), '法'.repeat(200)]) {
      const name = reportFileName({
        title,
        profile: '报送',
        draft: true,
        version: 'v3',
        time: TIME,
      });
      expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(name.endsWith(`…${tail}`)).toBe(true);
      expect(title.startsWith(name.slice(0, -`…${tail}`.length))).toBe(true);
    }
  });
});
