// A draft's name carries one mark on every side, and the words that offer a draft name it.

import {TEXT} from '../../src/apps-script/ui/ui-text';
import {reportNameStem} from '../../src/core';
import {refusedText} from '../../src/web/page-text';

/** What a draft adds to a report's name, read off the core's naming. */
function draftMark(): string {
  const parts = {title: '报告', profile: '公文', version: 'v2'} as const;
  const plain = reportNameStem({...parts, draft: false});
  const draft = reportNameStem({...parts, draft: true});
  expect(draft.startsWith(`${plain} `)).toBe(true);
  return draft.slice(plain.length + 1);
}

describe('the draft mark', () => {
  it('is what the Sheets question says a draft’s file name is marked with', () => {
    expect(TEXT.draftQuestion(1, '数据!B7')).toContain(`“${draftMark()}”`);
  });

  it('is what the offline page’s refusal says a draft’s file name is marked with', () => {
    expect(refusedText(2)).toContain(`“${draftMark()}”`);
  });
});
