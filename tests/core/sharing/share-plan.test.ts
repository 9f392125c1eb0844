// The share plan: who gets which file, and one e-mail per reviewer.

import {planShareGrants} from '../../../src/core';

describe('planShareGrants', () => {
  it('grants the Doc then the .docx, notifying only with the first grant', () => {
    expect(planShareGrants(['a@x.cn'], new Set(), new Set())).toEqual([
      {
        address: 'a@x.cn',
        grants: [
          {address: 'a@x.cn', file: 'doc', notify: true},
          {address: 'a@x.cn', file: 'docx', notify: false},
        ],
      },
    ]);
  });

  it('notifies with the .docx grant when the reviewer already has the Doc, and plans nothing for one who has both', () => {
    const plans = planShareGrants(
      ['A@x.cn', 'b@x.cn'],
      new Set(['a@x.cn', 'b@x.cn']),
      new Set(['b@x.cn']),
    );
    expect(plans).toEqual([
      {
        address: 'A@x.cn',
        grants: [{address: 'A@x.cn', file: 'docx', notify: true}],
      },
      {address: 'b@x.cn', grants: []},
    ]);
  });
});
