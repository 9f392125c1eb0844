// Who gets what when a version is shared with its reviewers: a commenter grant on the Google Doc
// and on the .docx for each reviewer who lacks one, and exactly one notification per reviewer
// (on the first file granted, carrying the link to the other), never two e-mails for one version.

/** The two files of a version. */
export type SharedFile = 'doc' | 'docx';

export interface ShareGrant {
  readonly address: string;
  readonly file: SharedFile;
  /** Whether Drive sends this reviewer the sharing e-mail with this grant. */
  readonly notify: boolean;
}

export interface ReviewerPlan {
  readonly address: string;
  /** Grants in the order to make them; empty when the reviewer already has both files. */
  readonly grants: readonly ShareGrant[];
}

/**
 * One plan per reviewer, in the order typed. `hasDoc` and `hasDocx` are the lower-cased
 * addresses that already hold a permission on each file (the owner's included). The Doc comes
 * first: its e-mail opens the review copy, and the message names the .docx link.
 */
export function planShareGrants(
  reviewers: readonly string[],
  hasDoc: ReadonlySet<string>,
  hasDocx: ReadonlySet<string>,
): ReviewerPlan[] {
  return reviewers.map(address => {
    const key = address.toLowerCase();
    const files: SharedFile[] = [];
    if (!hasDoc.has(key)) files.push('doc');
    if (!hasDocx.has(key)) files.push('docx');
    return {
      address,
      grants: files.map((file, i) => ({address, file, notify: i === 0})),
    };
  });
}

/** How one reviewer's share ended. */
export type ShareOutcome =
  | {readonly kind: 'shared'}
  | {readonly kind: 'already'}
  /** Drive refused a grant (no Google account, a domain that forbids sharing, a failure). */
  | {readonly kind: 'failed'; readonly detail: string};
