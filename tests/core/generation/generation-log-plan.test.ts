// The plan of a generation's 生成记录 row: versions are reserved before uploads and never reused.

import {
  completedRow,
  finishedRuns,
  nextVersion,
  planFailure,
  reservedRow,
  type RunRow,
} from '../../../src/core/generation/generation-log-plan';

const run = {
  time: '2025-02-05 14:03:00',
  user: 'clerk@example.org',
  errors: 0,
  warnings: 2,
  fingerprint: '0000000000012345',
};
const row = (version: string, state: RunRow['state']): RunRow => ({
  ...reservedRow(run, version),
  state,
});

describe('the generation log plan', () => {
  it('takes the next version after every row with one, 进行中 and 失败 included', () => {
    expect(nextVersion([])).toBe('v1');
    expect(
      nextVersion([
        row('v1', 'succeeded'),
        row('v4', 'failed'),
        row('', 'failed'),
        row('v2', 'draft'),
      ]),
    ).toBe('v5');
    expect(nextVersion([row('v7', 'pending')])).toBe('v8');
    expect(nextVersion([row('第3版', 'other'), row(' v2 ', 'other')])).toBe(
      'v3',
    );
  });

  it('lists only runs that left a document as finished', () => {
    const rows = [
      row('v1', 'succeeded'),
      row('v2', 'pending'),
      row('v3', 'failed'),
      row('v4', 'draft'),
      row('', 'other'),
    ];
    expect(finishedRuns(rows).map(r => r.version)).toEqual(['v1', 'v4']);
  });

  it('reserves a 进行中 row without links, then completes it with both links', () => {
    const reserved = reservedRow(run, 'v3');
    expect([reserved.state, reserved.docUrl, reserved.docxUrl]).toEqual([
      'pending',
      '',
      '',
    ]);
    const saved = {docUrl: 'https://d/1', docxUrl: 'https://f/2'};
    expect(completedRow(reserved, saved, false)).toEqual({
      ...reserved,
      ...saved,
      state: 'succeeded',
    });
    expect(completedRow(reserved, saved, true).state).toBe('draft');
  });

  it('plans each failure: stop before uploads, 失败 with the saved links, or report the links', () => {
    const reserved = reservedRow(run, 'v3');
    const saved = {docUrl: 'https://d/1', docxUrl: ''};
    expect(planFailure('reserve', reserved, saved, 'x')).toEqual({
      kind: 'stop',
    });
    expect(planFailure('upload', reserved, saved, '超时')).toEqual({
      kind: 'complete-as-failed',
      row: {...reserved, ...saved, state: 'failed', detail: '超时'},
    });
    expect(planFailure('complete', reserved, saved, 'x')).toEqual({
      kind: 'report-links',
      version: 'v3',
      saved,
    });
  });
});
