// Fake of the Advanced Drive service (v3) Comments collection: comments and replies seeded on a
// file, listed in pages with the `fields` mask honoured, Drive's errors, and scheduled failures.

import type {DriveCommentsPort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import type {DriveStore} from './drive-store';
import {projectFields} from './field-mask';

type Comment = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Comment;
type CommentList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.CommentList;
type Reply = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Reply;

export const DEFAULT_COMMENT_PAGE = 20;
export const MAX_COMMENT_PAGE = 100;

/** A reply as a test describes it; `action` 'resolve' or 'reopen' may come without content. */
export interface ReplySeed {
  readonly author: string;
  readonly content?: string;
  readonly action?: 'resolve' | 'reopen';
  readonly createdTime?: string;
  readonly deleted?: boolean;
}

/**
 * A comment as a test describes it. `quote` is the text the reviewer selected; Docs reports it
 * as text/html, so & < > " ' come back as entities (belief, not verified against Google).
 */
export interface CommentSeed {
  readonly id?: string;
  readonly author: string;
  readonly content: string;
  readonly quote?: string;
  readonly createdTime?: string;
  readonly resolved?: boolean;
  readonly deleted?: boolean;
  readonly replies?: readonly ReplySeed[];
}

const PAGE_TOKEN = /^fake-comments:(\d+)$/;

export class FakeDriveComments implements DriveCommentsPort {
  private readonly byFile = new Map<string, Comment[]>();
  private readonly failures: Error[] = [];
  private made = 0;

  constructor(
    private readonly store: DriveStore,
    private readonly calls: CallLog,
  ) {}

  /**
   * One page of a file's comments, oldest first. As in Drive v3: `fields` is required for this
   * method; pageSize is 1–100 (20 when absent); deleted comments come only with includeDeleted,
   * and then without their content. Authors carry no e-mail address (Drive leaves it out).
   * Belief, not verified: replies come in full, deleted ones flagged and without content.
   */
  list(fileId: string, optionalArgs: Record<string, unknown>): CommentList {
    this.calls.record('Drive.Comments.list');
    this.store.accounts.requireAuthorisation(
      'Drive.Comments.list',
      'drive.file',
    );
    const failure = this.failures.shift();
    if (failure) throw failure;
    const {fields, pageSize, pageToken, includeDeleted} = optionalArgs;
    if (typeof fields !== 'string' || fields === '')
      throw listError("The 'fields' parameter is required for this method.");
    const file = this.store.lookup(fileId);
    if (!file || file.owner !== this.store.owner)
      throw listError(`File not found: ${fileId}.`);
    const size = pageSize === undefined ? DEFAULT_COMMENT_PAGE : pageSize;
    if (
      typeof size !== 'number' ||
      !Number.isInteger(size) ||
      size < 1 ||
      size > MAX_COMMENT_PAGE
    )
      throw listError(
        `Invalid value '${String(size)}'. Values must be within the range: [1, ${MAX_COMMENT_PAGE}]`,
      );
    const start = pageOffset(pageToken);
    const visible = (this.byFile.get(fileId) ?? [])
      .filter(c => includeDeleted === true || !c.deleted)
      .map(withoutDeletedContent);
    const page: CommentList = {
      kind: 'drive#commentList',
      comments: visible.slice(start, start + size),
    };
    if (start + size < visible.length)
      page.nextPageToken = `fake-comments:${start + size}`;
    return projectFields(page, fields) as CommentList;
  }

  // Test helpers below: none of them is a service call.

  /** Adds comments to a file (which must exist); returns their ids. */
  seed(fileId: string, seeds: readonly CommentSeed[]): string[] {
    if (!this.store.files.some(f => f.id === fileId))
      throw new Error(`fake Drive: no file ${fileId} to comment on`);
    const comments = this.byFile.get(fileId) ?? [];
    this.byFile.set(fileId, comments);
    return seeds.map(seed => {
      const comment = this.toComment(seed);
      comments.push(comment);
      return comment.id ?? '';
    });
  }

  /** Adds a reply, as a reviewer answering in the Doc. */
  reply(fileId: string, commentId: string, seed: ReplySeed): void {
    const comment = this.find(fileId, commentId);
    comment.replies = [...(comment.replies ?? []), this.toReply(seed)];
  }

  /** Resolves a comment the way Docs does: a 'resolve' reply and resolved: true. */
  resolve(fileId: string, commentId: string, author: string): void {
    this.reply(fileId, commentId, {author, action: 'resolve'});
    this.find(fileId, commentId).resolved = true;
  }

  /** Deletes a comment, as its author may; it stays listed only with includeDeleted. */
  remove(fileId: string, commentId: string): void {
    this.find(fileId, commentId).deleted = true;
  }

  /** Makes the next list call throw `error`. */
  failNext(error: Error): this {
    this.failures.push(error);
    return this;
  }

  private find(fileId: string, commentId: string): Comment {
    const found = this.byFile.get(fileId)?.find(c => c.id === commentId);
    if (!found) throw new Error(`fake Drive: no comment ${commentId}`);
    return found;
  }

  private toComment(seed: CommentSeed): Comment {
    const time = seed.createdTime ?? this.store.now().toISOString();
    const replies = (seed.replies ?? []).map(r => this.toReply(r));
    return {
      kind: 'drive#comment',
      id: seed.id ?? `comment-${++this.made}`,
      author: {kind: 'drive#user', displayName: seed.author},
      createdTime: time,
      modifiedTime: replies.reduce((t, r) => max(t, r.createdTime), time),
      content: seed.content,
      htmlContent: seed.content,
      ...(seed.quote === undefined
        ? {}
        : {
            quotedFileContent: {mimeType: 'text/html', value: html(seed.quote)},
          }),
      resolved: seed.resolved ?? false,
      deleted: seed.deleted ?? false,
      replies,
    };
  }

  private toReply(seed: ReplySeed): Reply {
    const reply: Reply = {
      kind: 'drive#reply',
      id: `reply-${++this.made}`,
      author: {kind: 'drive#user', displayName: seed.author},
      createdTime: seed.createdTime ?? this.store.now().toISOString(),
      content: seed.content ?? '',
      deleted: seed.deleted ?? false,
    };
    if (seed.action) reply.action = seed.action;
    return reply;
  }
}

function pageOffset(token: unknown): number {
  if (token === undefined || token === '') return 0;
  const match = typeof token === 'string' ? PAGE_TOKEN.exec(token) : null;
  if (!match) throw listError('Invalid Value');
  return Number(match[1]);
}

function withoutDeletedContent(comment: Comment): Comment {
  const replies = (comment.replies ?? []).map(r =>
    r.deleted ? {...r, content: undefined, htmlContent: undefined} : r,
  );
  if (!comment.deleted) return {...comment, replies};
  return {...comment, content: undefined, htmlContent: undefined, replies};
}

function html(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
  };
  return text.replace(/[&<>"']/g, ch => entities[ch]);
}

function max(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

function listError(detail: string): Error {
  return new Error(
    `API call to drive.comments.list failed with error: ${detail}`,
  );
}
