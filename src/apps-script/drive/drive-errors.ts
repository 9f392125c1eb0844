// What a failed Drive call means for the script, from the error the Advanced Drive service
// throws ("API call to drive.files.get failed with error: …"): the file is gone or out of reach,
// Drive is busy for a moment, or something else. Pure: a message in, a kind out.

import {errorMessage} from '../services/app-error';

export type DriveFailure = 'missing' | 'temporary' | 'other';

/**
 * Worth waiting for: HTTP 5xx and 429, and Drive's rate and availability reasons. Drive answers
 * an exceeded quota with "403: User rate limit exceeded" or "429: Too many requests" and asks
 * for exponential backoff (developers.google.com/drive/api/guides/limits), so this is checked
 * before the 403s of lost access.
 */
const TEMPORARY =
  /\b(?:5\d\d|429)\b|service unavailable|backend ?error|internal ?error|rate ?limit|too many requests|try again|timed? ?out|empty response|transient/i;

/** The file no longer exists for this script, or it lost access to it (404, or a 403 on it). */
const MISSING =
  /file not found|\b404\b|not ?found|insufficient ?(?:file ?)?permissions|does not have (?:sufficient )?permission|\bforbidden\b|access denied/i;

/** The kind of a Drive failure, judged from its message; 'other' when unsure. */
export function driveFailure(error: unknown): DriveFailure {
  const message = errorMessage(error);
  if (TEMPORARY.test(message)) return 'temporary';
  if (MISSING.test(message)) return 'missing';
  return 'other';
}

/** Waits before each retry of a temporary failure: 1 s, 2 s, 4 s; then the call gives up. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000];
