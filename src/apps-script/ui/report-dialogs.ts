// The dialogs around a generation: the question whether to build a draft of a workbook with
// errors, and the closing dialog with a version's Google Doc and .docx.

import {findingLine, type Finding} from '../../core';
import type {LogEntry} from '../sheets/generation-log';
import type {Services} from '../services/ports';
import {escapeHtml, linkHtml} from './html';
import {showPageDialog} from './page-dialog';
import {APP_TITLE, TEXT} from './ui-text';
import {unfinishedLines} from './unfinished-line';

/** Findings listed in the draft question; the rest are counted. */
const LISTED_FINDINGS = 8;

/** Asks whether to build a draft anyway, listing the first errors with their cells. */
export function confirmDraft(
  services: Services,
  findings: readonly Finding[],
): boolean {
  const ui = services.SpreadsheetApp.getUi();
  const errors = findings.filter(f => f.severity === 'error');
  const listed = errors.slice(0, LISTED_FINDINGS).map(findingLine);
  if (errors.length > LISTED_FINDINGS)
    listed.push(TEXT.moreFindings(errors.length - LISTED_FINDINGS));
  const lines = [listed.join('\n'), ...unfinishedLines(findings)];
  const answer = ui.alert(
    APP_TITLE,
    TEXT.draftQuestion(errors.length, lines.join('\n\n')),
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}

/** A dialog with the Google Doc and the .docx of a log entry. */
export function showLinks(
  services: Services,
  title: string,
  lead: string,
  entry: LogEntry,
  details: readonly string[] = [],
): void {
  const body = [
    `<p>${escapeHtml(lead)}</p>`,
    `<p>${linkHtml(entry.docUrl, TEXT.onlineDocLink)}</p>`,
    `<p>${linkHtml(entry.docxUrl, TEXT.officialDocxLink)}</p>`,
    ...details.map(line => `<p>${escapeHtml(line)}</p>`),
  ].join('');
  showPageDialog(services, title, body);
}
