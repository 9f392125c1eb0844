// 共享给审阅人: grants "commenter" on the newest version's Google Doc and .docx to the reviewers
// of 基本信息, skipping whoever already has access and refusing bad addresses; logs each share.

import {type Finding, formatCellRef, readSettings, TAB} from '../core';
import {AppError} from './app-error';
import {latestVersion, type LatestVersion} from './latest-version';
import {callDrive} from './output-folder';
import type {DrivePort, Services, SpreadsheetPort} from './ports';
import {promptShareMessage} from './share-dialogs';
import {logStamp} from './generation-log';
import {appendShareLog} from './share-log';
import {findTabs, readTabGrid} from './tab-lookup';
import {LIST_SEPARATOR, SHARE_TEXT} from './ui-text-review';

const ROLE = 'commenter';

export interface RefusedReviewer {
  readonly address: string;
  /** The finding at the 审阅人 cell that says why ('reviewer-invalid' or 'reviewer-off-domain'). */
  readonly finding: Finding;
}

export interface ShareResult {
  readonly version: string;
  /** Reviewers given access to at least one of the two files by this share, in typed order. */
  readonly shared: readonly string[];
  /** Reviewers who already had access to both files. */
  readonly skipped: readonly string[];
  /** Malformed or off-domain addresses: nothing was shared with them. */
  readonly refused: readonly RefusedReviewer[];
}

/**
 * Shares the newest version with every valid reviewer (one Permissions.list per file, then one
 * Permissions.create per missing reviewer and file, each with a notification e-mail carrying
 * `message` when given) and appends a row to 共享记录. Throws 'no-report-yet' without a version;
 * a Drive failure throws 'drive-failed' after logging what was shared until then.
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
  const granted = new Set<string>();
  const log = (result: string, skipped: readonly string[]) =>
    appendShareLog(spreadsheet, {
      ...logStamp(services, spreadsheet, now),
      version: latest.entry.version,
      shared: reviewers.filter(r => granted.has(r)).join(LIST_SEPARATOR),
      skipped: skipped.join(LIST_SEPARATOR),
      refused: refused
        .map(r =>
          SHARE_TEXT.refusedEntry(r.address, formatCellRef(r.finding.cell)),
        )
        .join(LIST_SEPARATOR),
      message: message ?? '',
      result,
    });

  // With nobody to share with, Drive is not called at all.
  const files = reviewers.length > 0 ? [latest.docId, latest.docxId] : [];
  try {
    for (const fileId of files) {
      const existing = permittedAddresses(drive, fileId);
      for (const address of reviewers) {
        if (existing.has(address.toLowerCase())) continue;
        grant(drive, fileId, address, message);
        granted.add(address);
      }
    }
  } catch (e) {
    const detail =
      e instanceof AppError && e.code === 'drive-failed'
        ? e.params.detail
        : String(e);
    log(SHARE_TEXT.logResultFailed(detail), []);
    throw e;
  }
  const shared = reviewers.filter(r => granted.has(r));
  const skipped = reviewers.filter(r => !granted.has(r));
  log(
    reviewers.length > 0
      ? SHARE_TEXT.logResultOk
      : SHARE_TEXT.logResultNoReviewers,
    skipped,
  );
  return {version: latest.entry.version, shared, skipped, refused};
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

function grant(
  drive: DrivePort,
  fileId: string,
  emailAddress: string,
  message: string | undefined,
): void {
  callDrive(() =>
    drive.Permissions.create({type: 'user', role: ROLE, emailAddress}, fileId, {
      sendNotificationEmail: true,
      ...(message ? {emailMessage: message} : {}),
      fields: 'id',
    }),
  );
}
