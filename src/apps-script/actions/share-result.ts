// What one 共享给审阅人 did, shared by the flow that shares and the dialog that reports it.

import type {Finding} from '../../core';

export interface RefusedReviewer {
  readonly address: string;
  /** The finding at the 审阅人 cell that says why ('reviewer-invalid' or 'reviewer-off-domain'). */
  readonly finding: Finding;
}

export interface FailedReviewer {
  readonly address: string;
  /** Drive's reason, as it said it (no Google account, domain rules, a failure). */
  readonly detail: string;
}

export interface ShareResult {
  readonly version: string;
  /** Reviewers given access to at least one of the two files by this share, in typed order. */
  readonly shared: readonly string[];
  /** Reviewers who already had access to both files. */
  readonly skipped: readonly string[];
  /** Malformed or off-domain addresses: nothing was shared with them. */
  readonly refused: readonly RefusedReviewer[];
  /** Reviewers Drive refused: sharing went on for the others. */
  readonly failed: readonly FailedReviewer[];
}
