// The fake Drive comments: pages as Drive v3 gives them, the fields mask, deleted comments,
// the errors of the real API, seeding helpers and call counting.

import {CallLog} from '../../fakes/call-log';
import {DOC_MIME, FakeDrive} from '../../fakes/fake-drive';
import {projectFields} from '../../fakes/field-mask';

const NOW = new Date(Date.UTC(2025, 1, 6, 2, 0, 0));
const FIELDS =
  'nextPageToken,comments(id,author/displayName,content,resolved,deleted,quotedFileContent,replies(author/displayName,content,action,deleted))';

function setup() {
  const calls = new CallLog();
  const drive = new FakeDrive(calls, () => NOW);
  const doc = drive.Files.create({name: '报告', mimeType: DOC_MIME});
  return {calls, drive, docId: doc.id ?? ''};
}

function seedMany(drive: FakeDrive, docId: string, count: number): string[] {
  return drive.Comments.seed(
    docId,
    Array.from({length: count}, (_, i) => ({
      author: '王局长',
      content: `意见${i + 1}`,
    })),
  );
}

describe('FakeDriveComments list', () => {
  it('returns the seeded comments with replies, quote and flags, only the fields asked for', () => {
    const {drive, docId} = setup();
    const [id] = drive.Comments.seed(docId, [
      {
        author: '王局长',
        content: '数字请核对',
        quote: '“八五”普法 & 执法',
        replies: [{author: '李科长', content: '已核对'}],
      },
    ]);
    const page = drive.Comments.list(docId, {fields: FIELDS});
    expect(page).toEqual({
      comments: [
        {
          id,
          author: {displayName: '王局长'},
          content: '数字请核对',
          resolved: false,
          deleted: false,
          quotedFileContent: {
            mimeType: 'text/html',
            value: '“八五”普法 &amp; 执法',
          },
          replies: [
            {
              author: {displayName: '李科长'},
              content: '已核对',
              deleted: false,
            },
          ],
        },
      ],
    });
  });

  it('refuses a call without fields, as the comments API does', () => {
    const {drive, docId} = setup();
    expect(() => drive.Comments.list(docId, {})).toThrow(
      "API call to drive.comments.list failed with error: The 'fields' parameter is required for this method.",
    );
  });

  it('throws File not found for an unknown file', () => {
    const {drive} = setup();
    expect(() => drive.Comments.list('nope', {fields: FIELDS})).toThrow(
      'File not found: nope.',
    );
  });

  it('pages by 20 when no pageSize is given and hands out a token until the end', () => {
    const {drive, docId} = setup();
    seedMany(drive, docId, 45);
    const sizes: number[] = [];
    let pageToken: string | undefined;
    do {
      const page = drive.Comments.list(docId, {fields: FIELDS, pageToken});
      sizes.push(page.comments?.length ?? 0);
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(sizes).toEqual([20, 20, 5]);
  });

  it('gives at most 100 per page and refuses a pageSize outside 1–100', () => {
    const {drive, docId} = setup();
    const ids = seedMany(drive, docId, 150);
    const first = drive.Comments.list(docId, {fields: FIELDS, pageSize: 100});
    const second = drive.Comments.list(docId, {
      fields: FIELDS,
      pageSize: 100,
      pageToken: first.nextPageToken,
    });
    expect(first.comments?.map(c => c.id)).toEqual(ids.slice(0, 100));
    expect(second.comments?.map(c => c.id)).toEqual(ids.slice(100));
    expect(second.nextPageToken).toBeUndefined();
    for (const pageSize of [0, 101, 2.5])
      expect(() =>
        drive.Comments.list(docId, {fields: FIELDS, pageSize}),
      ).toThrow('Values must be within the range: [1, 100]');
  });

  it('refuses a page token it did not hand out', () => {
    const {drive, docId} = setup();
    expect(() =>
      drive.Comments.list(docId, {fields: FIELDS, pageToken: 'forged'}),
    ).toThrow('Invalid Value');
  });

  it('leaves deleted comments out unless includeDeleted, and then without their content', () => {
    const {drive, docId} = setup();
    const [kept, gone] = seedMany(drive, docId, 2);
    drive.Comments.remove(docId, gone);
    const live = drive.Comments.list(docId, {fields: FIELDS});
    expect(live.comments?.map(c => c.id)).toEqual([kept]);
    const all = drive.Comments.list(docId, {
      fields: FIELDS,
      includeDeleted: true,
    });
    expect(all.comments?.[1]).toMatchObject({id: gone, deleted: true});
    expect(all.comments?.[1].content).toBeUndefined();
  });

  it('resolves a comment as Docs does: resolved, with a resolve reply', () => {
    const {drive, docId} = setup();
    const [id] = seedMany(drive, docId, 1);
    drive.Comments.resolve(docId, id, '王局长');
    const [comment] = drive.Comments.list(docId, {fields: FIELDS}).comments!;
    expect(comment.resolved).toBe(true);
    expect(comment.replies).toEqual([
      {
        author: {displayName: '王局长'},
        content: '',
        action: 'resolve',
        deleted: false,
      },
    ]);
  });

  it('counts every call and fails the next one when told to', () => {
    const {calls, drive, docId} = setup();
    drive.Comments.failNext(new Error('Rate Limit Exceeded'));
    expect(() => drive.Comments.list(docId, {fields: FIELDS})).toThrow(
      'Rate Limit Exceeded',
    );
    drive.Comments.list(docId, {fields: FIELDS});
    expect(calls.count('Drive.Comments.list')).toBe(2);
  });
});

describe('projectFields', () => {
  const value = {
    kind: 'k',
    items: [{a: 1, b: {c: 2, d: 3}}, {a: 4}],
    next: 't',
  };

  it('keeps paths, nested lists and "*"', () => {
    expect(projectFields(value, 'items(b/c),next')).toEqual({
      items: [{b: {c: 2}}, {}],
      next: 't',
    });
    expect(projectFields(value, 'items(a, b(d))')).toEqual({
      items: [{a: 1, b: {d: 3}}, {a: 4}],
    });
    expect(projectFields(value, '*')).toEqual(value);
  });

  it('rejects a malformed mask', () => {
    expect(() => projectFields(value, 'items(a')).toThrow(
      'Invalid field selection',
    );
  });
});
