// Whose a version is, from the 操作人 cell and the running clerk's address.

import {recordedAddress, versionOwner} from '../../../src/core';

describe('versionOwner', () => {
  it('finds the address in a plain cell and in an automatic draft’s cell', () => {
    expect(recordedAddress('a@x.cn')).toBe('a@x.cn');
    expect(recordedAddress('自动生成（b@x.cn）')).toBe('b@x.cn');
    expect(
      recordedAddress('（未知：Google 未提供此账号的邮箱）'),
    ).toBeUndefined();
  });

  it('says mine regardless of case, other with the address, unknown when either is hidden', () => {
    expect(versionOwner('A@x.cn', 'a@X.cn')).toEqual({kind: 'mine'});
    expect(versionOwner('自动生成（b@x.cn）', 'a@x.cn')).toEqual({
      kind: 'other',
      address: 'b@x.cn',
    });
    expect(versionOwner('（未知）', 'a@x.cn')).toEqual({kind: 'unknown'});
    expect(versionOwner('b@x.cn', '')).toEqual({kind: 'unknown'});
  });
});
