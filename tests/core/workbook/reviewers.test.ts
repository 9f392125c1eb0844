import {readSettings} from '../../../src/core/workbook/read-settings';
import {
  isEmailAddress,
  normaliseDomain,
  readReviewers,
} from '../../../src/core/workbook/reviewers';
import {settingsTab} from '../../helpers/workbook-grids';

const CELL = {tab: '基本信息', row: 9, column: 2};
const at = (value: string) => ({value, cell: CELL});

describe('readReviewers', () => {
  it('splits on commas, 、, semicolons of either width, spaces and new lines', () => {
    const {reviewers, findings} = readReviewers(
      at(
        'a@x.cn，b@x.cn、c@x.cn;d@x.cn；e@x.cn f@x.cn\ng@x.cn\r\nh@x.cn\u3000i@x.cn',
      ),
      undefined,
    );
    expect(reviewers).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(n => `${n}@x.cn`),
    );
    expect(findings).toEqual([]);
  });

  it('flags each malformed address at the 审阅人 cell, naming it, and keeps the valid ones', () => {
    const {reviewers, findings} = readReviewers(
      at('zhang@hz.gov.cn、zhangsan、li@hz、wang@@hz.gov.cn'),
      undefined,
    );
    expect(reviewers).toEqual(['zhang@hz.gov.cn']);
    expect(findings).toEqual(
      ['zhangsan', 'li@hz', 'wang@@hz.gov.cn'].map(address => ({
        code: 'reviewer-invalid',
        severity: 'error',
        cell: CELL,
        params: {address},
      })),
    );
  });

  it('refuses addresses outside 共享限定域名, naming the address and the domain', () => {
    const {reviewers, findings} = readReviewers(
      at('zhang@hz.gov.cn, li@qq.com, wang@xh.hz.gov.cn, Zhao@HZ.GOV.CN'),
      {value: '@HZ.gov.cn', cell: {tab: '基本信息', row: 10, column: 2}},
    );
    expect(reviewers).toEqual(['zhang@hz.gov.cn', 'Zhao@HZ.GOV.CN']);
    expect(findings).toEqual([
      {
        code: 'reviewer-off-domain',
        severity: 'error',
        cell: CELL,
        params: {address: 'li@qq.com', domain: 'hz.gov.cn'},
      },
      {
        code: 'reviewer-off-domain',
        severity: 'error',
        cell: CELL,
        params: {address: 'wang@xh.hz.gov.cn', domain: 'hz.gov.cn'},
      },
    ]);
  });

  it('folds full-width forms typed with an input method and drops angle brackets', () => {
    const {reviewers, findings} = readReviewers(
      at('ｚｈａｎｇ＠ｈｚ．ｇｏｖ．ｃｎ <li@hz.gov.cn>'),
      undefined,
    );
    expect(reviewers).toEqual(['zhang@hz.gov.cn', 'li@hz.gov.cn']);
    expect(findings).toEqual([]);
  });

  it('lists an address typed twice once, whatever its case', () => {
    const {reviewers} = readReviewers(
      at('li@hz.gov.cn, LI@hz.gov.cn, li@hz.gov.cn'),
      undefined,
    );
    expect(reviewers).toEqual(['li@hz.gov.cn']);
  });

  it('reads no reviewers and no findings from an absent cell', () => {
    expect(readReviewers(undefined, at('hz.gov.cn'))).toEqual({
      reviewers: [],
      findings: [],
    });
  });
});

describe('isEmailAddress', () => {
  it.each(['a@b.cn', 'zhang.san+report@hz.gov.cn', 'x_y-z@mail-1.example.org'])(
    'accepts %s',
    address => expect(isEmailAddress(address)).toBe(true),
  );

  it.each([
    'a@b',
    '@b.cn',
    'a@.cn',
    'a..b@c.cn',
    '.a@c.cn',
    'a@b..cn',
    'a@-b.cn',
    'a@b.c1',
    '张三@hz.gov.cn',
    'a b@c.cn',
  ])('rejects %s', address => expect(isEmailAddress(address)).toBe(false));
});

describe('normaliseDomain', () => {
  it('drops a leading @, spaces and case', () => {
    expect(normaliseDomain(' @HZ.Gov.cn ')).toBe('hz.gov.cn');
  });
});

describe('readSettings 审阅人', () => {
  it('reports a bad 审阅人 at its cell and keeps only valid, allowed reviewers in the settings', () => {
    const {settings, findings} = readSettings(
      settingsTab([
        ['单位名称', '古荡街道'],
        ['报告年度', 2024],
        ['审阅人', 'zhang@hz.gov.cn\nli@qq.com、wang@'],
        ['共享限定域名', 'hz.gov.cn'],
      ]),
    );
    expect(settings.reviewers).toEqual(['zhang@hz.gov.cn']);
    expect(findings.map(f => [f.code, f.cell, f.params])).toEqual([
      [
        'reviewer-off-domain',
        {tab: '基本信息', row: 4, column: 2},
        {address: 'li@qq.com', domain: 'hz.gov.cn'},
      ],
      [
        'reviewer-invalid',
        {tab: '基本信息', row: 4, column: 2},
        {address: 'wang@'},
      ],
    ]);
  });
});
