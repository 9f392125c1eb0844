// Reads every comment on a Google Doc through the Drive comments API (all pages, only the fields
// the 审阅意见 tab shows) and turns each live comment into a row entry for the core.

import {fitCellText, type ReviewEntry} from '../../core';
import {callDrive} from './output-folder';
import type {DrivePort} from '../services/ports';
import {COMMENTS_TEXT} from '../ui/ui-text-review';

type Comment = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Comment;
type Reply = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Reply;

/** The comments API refuses calls without `fields`; these are all the tab needs. */
const COMMENT_FIELDS =
  'nextPageToken,comments(id,author/displayName,createdTime,content,' +
  'quotedFileContent(mimeType,value),resolved,deleted,' +
  'replies(author/displayName,content,action,deleted))';
/** The API's largest page. */
const PAGE_SIZE = 100;
/** A guard against a token that never ends: 10,000 comments. */
const MAX_PAGES = 100;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Every comment on `fileId`, deleted ones excluded by Drive; a failure is 'drive-failed'. */
export function listAllComments(drive: DrivePort, fileId: string): Comment[] {
  const comments: Comment[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const args: Record<string, unknown> = {
      fields: COMMENT_FIELDS,
      pageSize: PAGE_SIZE,
    };
    if (pageToken) args.pageToken = pageToken;
    const page = callDrive(() => drive.Comments.list(fileId, args));
    comments.push(...(page.comments ?? []));
    pageToken = page.nextPageToken || undefined;
  } while (pageToken && ++pages < MAX_PAGES);
  return comments;
}

/**
 * Rows for the live comments; `locate` gives the section of a quoted text ('' if unknown). A
 * text longer than a cell holds (a long reply thread) is cut with a marker naming its length.
 */
export function toReviewEntries(
  comments: readonly Comment[],
  locate: (quote: string) => string,
): ReviewEntry[] {
  return comments
    .filter(c => c.id && !c.deleted)
    .map(comment => {
      const quote = quotedText(comment);
      return {
        commentId: comment.id ?? '',
        author: fit(authorName(comment.author)),
        time: parseTime(comment.createdTime),
        section: quote ? locate(quote) : '',
        quote: fit(quote),
        comment: fit(comment.content ?? ''),
        replies: fit(
          (comment.replies ?? [])
            .filter(r => !r.deleted)
            .map(replyLine)
            .join('\n'),
        ),
        resolved: comment.resolved === true,
      };
    });
}

function fit(text: string): string {
  return fitCellText(text, COMMENTS_TEXT.cutMarker);
}

/** Docs gives the quote as HTML text (mimeType text/html), so entities are decoded. */
function quotedText(comment: Comment): string {
  const quoted = comment.quotedFileContent;
  const value = quoted?.value ?? '';
  return quoted?.mimeType === 'text/html' ? decodeEntities(value) : value;
}

function decodeEntities(html: string): string {
  return html.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

function authorName(author: Comment['author']): string {
  return author?.displayName || COMMENTS_TEXT.unknownAuthor;
}

function replyLine(reply: Reply): string {
  const text =
    reply.content ||
    (reply.action === 'resolve'
      ? COMMENTS_TEXT.resolvedReply
      : reply.action === 'reopen'
        ? COMMENTS_TEXT.reopenedReply
        : '');
  return `${authorName(reply.author)}：${text}`;
}

function parseTime(rfc3339: string | undefined): Date | null {
  const time = rfc3339 ? new Date(rfc3339) : null;
  return time && !Number.isNaN(time.getTime()) ? time : null;
}
