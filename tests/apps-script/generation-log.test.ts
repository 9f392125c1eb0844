import {nextVersion} from '../../src/core';
import {readLogEntries} from '../../src/apps-script/sheets/generation-log';
import {LOG_COLUMNS} from '../../src/core/workbook/schema';

const row = (version: string, result: string) => [
  '2025-02-05 10:00:00',
  'a@example.org',
  version,
  'https://docs.google.com/document/d/1/edit',
  'https://drive.google.com/file/d/2/view',
  0,
  1,
  'abcdef0123456789',
  result,
];

describe('the 生成记录 tab', () => {
  it('reads entries that produced a document and skips failed runs', () => {
    const entries = readLogEntries({
      name: '生成记录',
      grid: [
        [...LOG_COLUMNS],
        row('v1', '成功'),
        row('', '失败：网络错误'),
        row('v2', '草稿（有错误）'),
      ],
    });
    expect(entries.map(e => [e.version, e.warnings, e.result])).toEqual([
      ['v1', 1, '成功'],
      ['v2', 1, '草稿（有错误）'],
    ]);
  });

  it('numbers the next version after the highest one, v1 when the log is empty', () => {
    expect(nextVersion([])).toBe('v1');
    const entries = readLogEntries({
      name: '生成记录',
      grid: [[...LOG_COLUMNS], row('v2', '成功'), row('v7', '成功')],
    });
    expect(nextVersion(entries)).toBe('v8');
  });
});
