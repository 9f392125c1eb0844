// What the clerk sees of 共享给审阅人: the question for the optional message of the sharing
// e-mail, and the result in a few lines (who was shared with, skipped, refused by cell).

import {findingLine} from '../../core';
import type {Services} from '../services/ports';
import type {ShareResult} from '../actions/share-result';
import {LIST_SEPARATOR, SHARE_TEXT} from './ui-text-review';

/**
 * Asks for the optional message of the sharing e-mail: the text typed (undefined when left
 * empty) on OK, null on Cancel or when the dialog is closed (nothing is to be shared).
 */
export function promptShareMessage(
  services: Services,
): string | undefined | null {
  const ui = services.SpreadsheetApp.getUi();
  const response = ui.prompt(
    SHARE_TEXT.promptTitle,
    SHARE_TEXT.promptBody,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const text = response.getResponseText().trim();
  return text === '' ? undefined : text;
}

/** The result in Chinese lines for an alert: shared, skipped, refused (each with its cell). */
export function shareSummary(result: ShareResult): string {
  const {version, shared, skipped, refused, failed} = result;
  if (shared.length + skipped.length + refused.length + failed.length === 0)
    return SHARE_TEXT.noReviewers;
  const lines = [
    shared.length > 0
      ? SHARE_TEXT.shared(version, shared.join(LIST_SEPARATOR))
      : SHARE_TEXT.nothingNew(version),
  ];
  if (skipped.length > 0)
    lines.push(SHARE_TEXT.skipped(skipped.join(LIST_SEPARATOR)));
  if (failed.length > 0)
    lines.push(
      SHARE_TEXT.failedReviewers(
        failed.map(f => SHARE_TEXT.failedEntry(f.address, f.detail)).join('\n'),
      ),
    );
  if (refused.length > 0)
    lines.push(
      SHARE_TEXT.refused(refused.map(r => findingLine(r.finding)).join('\n')),
    );
  return lines.join('\n\n');
}
