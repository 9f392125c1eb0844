// 打开最新报告: the newest version in 生成记录, as a dialog with both links.

import {versionOwner} from '../../core';
import {AppError} from '../services/app-error';
import {showLinks} from '../ui/report-dialogs';
import {readLogEntries, readLogTab} from '../sheets/generation-log';
import type {Services} from '../services/ports';
import {TEXT} from '../ui/ui-text';

export function openLatestReport(services: Services): void {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const entries = readLogEntries(readLogTab(spreadsheet));
  const latest = entries[entries.length - 1];
  if (!latest) throw new AppError('no-report-yet', {});
  // Links open in the browser with the clerk's own Drive access, so another clerk's version is
  // shown too, with whose it is (its owner must share it, or the clerk regenerates).
  const owner = versionOwner(
    latest.user,
    services.Session.getActiveUser().getEmail(),
  );
  showLinks(
    services,
    TEXT.latestTitle,
    TEXT.latestBody(latest.version, latest.time),
    latest,
    owner.kind === 'other' ? [TEXT.otherClerksVersion(owner.address)] : [],
  );
}
