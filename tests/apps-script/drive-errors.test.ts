// Which Drive failures mean "the folder is gone" and which "Drive is busy, wait".

import {driveFailure} from '../../src/apps-script/drive/drive-errors';

const api = (detail: string) =>
  new Error(`API call to drive.files.get failed with error: ${detail}`);

describe('driveFailure', () => {
  it('reads not found and lost access as missing', () => {
    for (const detail of [
      'File not found: abc.',
      'The user does not have sufficient permissions for this file.',
      'Insufficient permissions for this file',
    ])
      expect([detail, driveFailure(api(detail))]).toEqual([detail, 'missing']);
  });

  it('reads 5xx, 429, rate limits and unavailability as temporary, even on a 403', () => {
    for (const detail of [
      'Service unavailable',
      'Backend Error',
      'Internal Error',
      'User Rate Limit Exceeded',
      'Rate limit exceeded. (403)',
      'Request failed with status 503',
      '429 Too Many Requests',
      'Empty response',
    ])
      expect([detail, driveFailure(api(detail))]).toEqual([
        detail,
        'temporary',
      ]);
  });

  it('reads anything else as other, so no folder is made on a guess', () => {
    expect(driveFailure(api('Invalid field selection trashed'))).toBe('other');
    expect(driveFailure('boom')).toBe('other');
  });
});
