import {
  namedVersion,
  submissionBasis,
} from '../../../src/core/generation/submission-run';

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

describe('namedVersion', () => {
  it('names the version whose data the 报送 file holds', () => {
    expect(
      namedVersion(submissionBasis({version: 'v3', fingerprint: 'a'}, 'a')),
    ).toBe('v3');
  });

  it('names none when the data changed since, or there is no version yet', () => {
    expect(
      namedVersion(submissionBasis({version: 'v3', fingerprint: 'a'}, 'b')),
    ).toBeUndefined();
    expect(namedVersion(submissionBasis(undefined, 'a'))).toBeUndefined();
  });
});
