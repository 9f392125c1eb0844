import {
  submissionBasis,
  submissionFileName,
} from '../../../src/core/generation/submission-run';

const TITLE = '古荡街道2024年度法治政府建设工作报告';

describe('submissionBasis', () => {
  it('is none when no version was made yet', () => {
    expect(submissionBasis(undefined, 'abc')).toEqual({kind: 'none'});
  });

  it('names the last version when its fingerprint equals the workbook’s', () => {
    expect(submissionBasis({version: 'v3', fingerprint: 'abc'}, 'abc')).toEqual(
      {kind: 'same', version: 'v3'},
    );
  });

  it('says changed when the data differs from the last version', () => {
    expect(submissionBasis({version: 'v3', fingerprint: 'abc'}, 'xyz')).toEqual(
      {kind: 'changed', version: 'v3'},
    );
  });

  it('says changed when the last version row has no fingerprint', () => {
    expect(submissionBasis({version: 'v2', fingerprint: ''}, '')).toEqual({
      kind: 'changed',
      version: 'v2',
    });
  });
});

describe('submissionFileName', () => {
  it('carries the version when the data is that version’s, to the minute', () => {
    expect(
      submissionFileName(
        TITLE,
        {kind: 'same', version: 'v3'},
        '2025-02-05 14:30:59',
      ),
    ).toBe(`${TITLE}（报送版） v3 2025-02-05 14:30`);
  });

  it('leaves the version out when the data changed since, and adds the draft mark', () => {
    expect(
      submissionFileName(
        TITLE,
        {kind: 'changed', version: 'v3'},
        '2025-02-05 14:30:00',
        '草稿（有错误）',
      ),
    ).toBe(`${TITLE}（报送版） 2025-02-05 14:30 草稿（有错误）`);
  });
});
