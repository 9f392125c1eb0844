// 共享给审阅人: grants "commenter" on the newest version's Google Doc and .docx to the reviewers
// of 基本信息 (the plan, who gets what, is the core's planShareGrants), skipping whoever already
// has access, refusing bad addresses, going on past an address Drive refuses; logs each share.

import {
  type Finding,
  formatCellRef,
  planShareGrants,
  readSettings,
  type ShareGrant,
  type ShareOutcome,
  TAB,
} from '../../core';
import {AppError, errorMessage, failureDetail} from '../services/app-error';
import {latestVersion, type LatestVersion} from '../drive/latest-version';
import {requireOwnVersion} from '../drive/version-access';
import {callDrive} from '../drive/output-folder';
import type {DrivePort, Services, SpreadsheetPort} from '../services/ports';
import {promptShareMessage} from '../ui/share-dialogs';
import {logStamp} from '../sheets/generation-log';
import {appendShareLog} from '../sheets/share-log';
import type {
  FailedReviewer,
  RefusedReviewer,
  ShareResult,
} from './share-result';
import {findTabs, readTabGrid} from '../sheets/tab-lookup';
import {LIST_SEPARATOR, SHARE_TEXT} from '../ui/ui-text-review';

const ROLE = 'commenter';

/**
 * Shares the newest version with every valid reviewer (one Permissions.list per file, then one
 * Permissions.create per missing reviewer and file; one notification e-mail per reviewer, with
 * `message` when given and the link to the other file) and appends a row to 共享记录. An address
 * Drive refuses (no Google account, domain rules) is recorded and the others still get theirs.
 * Throws 'no-report-yet' without a version; 'drive-failed' when a file's permissions cannot be
 * listed (after logging).
 */
export function shareReport(
  services: Services,
  message: string | undefined,
  now: Date = new Date(),
): ShareResult {
  return runShare(services, planShare(services), message, now);
}

/**
 * The menu's flow: checks there is a version, asks for the message (only when someone can
 * receive it), then shares. null when the clerk cancels the question: nothing is shared or logged.
 */
export function shareReportWithPrompt(
  services: Services,
  now: Date = new Date(),
): ShareResult | null {
  const plan = planShare(services);
  if (plan.reviewers.length === 0)
    return runShare(services, plan, undefined, now);
  const message = promptShareMessage(services);
  if (message === null) return null;
  return runShare(services, plan, message, now);
}

interface SharePlan {
  readonly spreadsheet: SpreadsheetPort;
  readonly drive: DrivePort;
  readonly latest: LatestVersion;
  readonly reviewers: readonly string[];
  readonly refused: readonly RefusedReviewer[];
}

/** Reads 生成记录 and 基本信息 (one getValues each); no Drive call. */
function planShare(services: Services): SharePlan {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const drive = services.Drive;
  if (!drive) throw new AppError('drive-service-missing', {});
  const tabs = findTabs(spreadsheet, [TAB.log, TAB.settings]);
  const log = tabs.get(TAB.log);
  const latest = latestVersion(log && readTabGrid(log));
  requireOwnVersion(services, latest.entry);
  const settings = tabs.get(TAB.settings);
  const reading = settings && readSettings(readTabGrid(settings));
  return {
    spreadsheet,
    drive,
    latest,
    reviewers: reading?.settings.reviewers ?? [],
    refused: (reading?.findings ?? []).flatMap(refusedReviewer),
  };
}

function runShare(
  services: Services,
  plan: SharePlan,
  message: string | undefined,
  now: Date,
): ShareResult {
  const {spreadsheet, drive, latest, reviewers, refused} = plan;
  const outcomes = new Map<string, ShareOutcome>();
  const log = (result: string) =>
    appendShareLog(spreadsheet, {
      ...logStamp(services, spreadsheet, now),
      version: latest.entry.version,
      shared: withOutcome(reviewers, outcomes, 'shared').join(LIST_SEPARATOR),
      skipped: withOutcome(reviewers, outcomes, 'already').join(LIST_SEPARATOR),
      refused: [
        ...failures(reviewers, outcomes).map(f =>
          SHARE_TEXT.failedEntry(f.address, f.detail),
        ),
        ...refused.map(r =>
          SHARE_TEXT.refusedEntry(r.address, formatCellRef(r.finding.cell)),
        ),
      ].join(LIST_SEPARATOR),
      message: message ?? '',
      result,
    });

  // With nobody to share with, Drive is not called at all.
  try {
    if (reviewers.length > 0) {
      const hasDoc = permittedAddresses(drive, latest.docId);
      const hasDocx = permittedAddresses(drive, latest.docxId);
      for (const reviewer of planShareGrants(reviewers, hasDoc, hasDocx))
        outcomes.set(
          reviewer.address,
          shareWith(drive, latest, reviewer.grants, message),
        );
    }
  } catch (e) {
    // Only callDrive's 'drive-failed' (or a non-AppError) can reach here.
    log(SHARE_TEXT.logResultFailed(failureDetail(e)));
    throw e;
  }
  const failed = failures(reviewers, outcomes);
  log(
    reviewers.length === 0
      ? SHARE_TEXT.logResultNoReviewers
      : failed.length > 0
        ? SHARE_TEXT.logResultPartial
        : SHARE_TEXT.logResultOk,
  );
  return {
    version: latest.entry.version,
    shared: withOutcome(reviewers, outcomes, 'shared'),
    skipped: withOutcome(reviewers, outcomes, 'already'),
    refused,
    failed,
  };
}

/**
 * Makes one reviewer's grants in order. A grant Drive refuses ends this reviewer's share (the
 * .docx is not given without the review copy) and is their outcome; nobody else is affected.
 */
function shareWith(
  drive: DrivePort,
  latest: LatestVersion,
  grants: readonly ShareGrant[],
  message: string | undefined,
): ShareOutcome {
  if (grants.length === 0) return {kind: 'already'};
  for (const g of grants) {
    const fileId = g.file === 'doc' ? latest.docId : latest.docxId;
    const other =
      g.file === 'doc'
        ? SHARE_TEXT.docxLinkLine(latest.entry.docxUrl)
        : SHARE_TEXT.docLinkLine(latest.entry.docUrl);
    const text = g.notify
      ? [message, other].filter(Boolean).join('\n\n')
      : undefined;
    try {
      drive.Permissions.create(
        {type: 'user', role: ROLE, emailAddress: g.address},
        fileId,
        {
          sendNotificationEmail: g.notify,
          ...(text ? {emailMessage: text} : {}),
          fields: 'id',
        },
      );
    } catch (e) {
      return {kind: 'failed', detail: errorMessage(e)};
    }
  }
  return {kind: 'shared'};
}

function withOutcome(
  reviewers: readonly string[],
  outcomes: ReadonlyMap<string, ShareOutcome>,
  kind: 'shared' | 'already',
): string[] {
  return reviewers.filter(r => outcomes.get(r)?.kind === kind);
}

function failures(
  reviewers: readonly string[],
  outcomes: ReadonlyMap<string, ShareOutcome>,
): FailedReviewer[] {
  return reviewers.flatMap(address => {
    const o = outcomes.get(address);
    return o?.kind === 'failed' ? [{address, detail: o.detail}] : [];
  });
}

function refusedReviewer(f: Finding): RefusedReviewer[] {
  return f.code === 'reviewer-invalid' || f.code === 'reviewer-off-domain'
    ? [{address: f.params.address, finding: f}]
    : [];
}

/** Lower-cased addresses with any permission on the file (the owner's included), all pages. */
function permittedAddresses(drive: DrivePort, fileId: string): Set<string> {
  const addresses = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = callDrive(() =>
      drive.Permissions.list(fileId, {
        fields: 'nextPageToken,permissions(id,type,role,emailAddress)',
        ...(pageToken ? {pageToken} : {}),
      }),
    );
    for (const p of page.permissions ?? [])
      if (p.emailAddress) addresses.add(p.emailAddress.toLowerCase());
    pageToken = page.nextPageToken;
  } while (pageToken);
  return addresses;
}
