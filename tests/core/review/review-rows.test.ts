// Planning the writes of one comment pull into the 审阅意见 grid: header, updates in place,
// appends, and never a write into 处理情况 or a column the clerk added.

import {
  planReviewRows,
  type ReviewEntry,
} from '../../../src/core/review/review-rows';
import type {CellValue} from '../../../src/core/workbook/grid';
import {REVIEW_COLUMNS} from '../../../src/core/workbook/schema';

const T1 = new Date(Date.UTC(2025, 1, 6, 1, 0));
const T2 = new Date(Date.UTC(2025, 1, 6, 2, 0));

function entry(id: string, change: Partial<ReviewEntry> = {}): ReviewEntry {
  return {
    commentId: id,
    author: '王局长',
    time: T1,
    section: '一、举措',
    quote: '原文',
    comment: '请核对',
    replies: '',
    resolved: false,
    ...change,
  };
}

function row(version: string, e: ReviewEntry, clerk = ''): CellValue[] {
  return [
    version,
    e.commentId,
    e.author,
    e.time,
    e.section,
    e.quote,
    e.comment,
    e.replies,
    e.resolved ? '是' : '否',
    clerk,
  ];
}

const HEADER: CellValue[] = [...REVIEW_COLUMNS];

describe('planReviewRows', () => {
  it('writes the header and every comment, oldest first, into a new tab', () => {
    const plan = planReviewRows([], 'v2', [entry('b', {time: T2}), entry('a')]);
    expect(plan.writes).toEqual([
      expect.objectContaining({row: 1, column: 1, values: [HEADER]}),
      expect.objectContaining({
        row: 2,
        column: 1,
        values: [row('v2', entry('a')), row('v2', entry('b', {time: T2}))].map(
          r => r.slice(0, 9),
        ),
      }),
    ]);
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([2, 0, 0]);
  });

  it('treats an empty sheet (A1 only) as a new tab', () => {
    const plan = planReviewRows([['']], 'v1', [entry('a')]);
    expect(plan.writes.map(w => [w.row, w.column])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it('writes nothing when the comments are as they were', () => {
    const grid = [
      HEADER,
      row('v1', entry('a'), '已修改'),
      row('v1', entry('b')),
    ];
    const plan = planReviewRows(grid, 'v1', [entry('a'), entry('b')]);
    expect(plan.writes).toEqual([]);
    expect(plan.unchanged).toBe(2);
  });

  it('rewrites one block from the first to the last changed row, leaving 处理情况 out', () => {
    const grid = [
      HEADER,
      row('v1', entry('a'), '已改'),
      row('v1', entry('b')),
      row('v1', entry('c'), '不改'),
    ];
    const plan = planReviewRows(grid, 'v1', [
      entry('a', {resolved: true}),
      entry('b'),
      entry('c', {replies: '李科长：已改'}),
    ]);
    expect(plan.writes).toHaveLength(1);
    const [write] = plan.writes;
    expect([write.row, write.column, write.values.length]).toEqual([2, 1, 3]);
    expect(write.values.every(r => r.length === 9)).toBe(true);
    expect(write.values[0][8]).toBe('是');
    expect(write.values[1]).toEqual(grid[2].slice(0, 9));
    expect(write.values[2][7]).toBe('李科长：已改');
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([0, 2, 1]);
  });

  it('matches by version and comment id, so another version’s row is not updated', () => {
    const grid = [HEADER, row('v1', entry('a'))];
    const plan = planReviewRows(grid, 'v2', [entry('a')]);
    expect(plan.writes).toEqual([
      expect.objectContaining({
        row: 3,
        column: 1,
        values: [row('v2', entry('a')).slice(0, 9)],
      }),
    ]);
  });

  it('keeps a section found earlier when the quote can no longer be located', () => {
    const grid = [HEADER, row('v1', entry('a', {section: '二、不足'}))];
    const plan = planReviewRows(grid, 'v1', [entry('a', {section: ''})]);
    expect(plan.writes).toEqual([]);
  });

  it('reads numbers Sheets made of number-like text as the same text', () => {
    const grid = [HEADER, row('v1', entry('a', {comment: '2024'}))];
    grid[1][6] = 2024;
    const plan = planReviewRows(grid, 'v1', [entry('a', {comment: '2024'})]);
    expect(plan.unchanged).toBe(1);
  });

  it('finds moved columns by header and writes around a column the clerk put between them', () => {
    const header: CellValue[] = [
      '意见编号',
      '版本',
      '负责人',
      ...REVIEW_COLUMNS.slice(2),
    ];
    const existing = row('v1', entry('a'));
    const grid = [
      header,
      [existing[1], existing[0], '张三', ...existing.slice(2)],
    ];
    const plan = planReviewRows(grid, 'v1', [
      entry('a', {comment: '改了'}),
      entry('b'),
    ]);
    expect(plan.writes.map(w => [w.row, w.column, w.values[0].length])).toEqual(
      [
        [2, 1, 2],
        [2, 4, 7],
        [3, 1, 2],
        [3, 4, 7],
      ],
    );
    expect(plan.writes[0].values).toEqual([['a', 'v1']]);
    expect(plan.writes[1].values[0][4]).toBe('改了');
  });

  it('adds missing headers after the last used column and never the clerk’s cells', () => {
    const grid: CellValue[][] = [
      ['版本', '意见编号', '作者', '备注'],
      ['v1', 'a', '王局长', '电话沟通'],
    ];
    const plan = planReviewRows(grid, 'v1', [entry('a')]);
    expect(plan.writes[0]).toEqual({
      row: 1,
      column: 5,
      values: [REVIEW_COLUMNS.slice(3)],
      numberFormats: REVIEW_COLUMNS.slice(3).map(() => '@'),
    });
    expect(
      plan.writes.some(w => w.column <= 4 && w.column + w.values[0].length > 4),
    ).toBe(false);
  });

  it('gives every written column its number format: text, and a date-time for 时间', () => {
    const plan = planReviewRows([], 'v1', [entry('a')]);
    for (const write of plan.writes) {
      expect(write.numberFormats).toHaveLength(write.values[0].length);
      write.numberFormats.forEach((format, i) => {
        const header = REVIEW_COLUMNS[write.column - 1 + i];
        expect([header, format]).toEqual([
          header,
          header === '时间' && write.row > 1 ? 'yyyy-mm-dd hh:mm' : '@',
        ]);
      });
    }
  });
});
