// The lock that keeps two generations (or pulls) of one workbook apart. The document lock is the
// right one, but LockService.getDocumentLock() may return null (the reference: "null if called
// from a standalone script or add-on"); then the script lock, which every user of this bound
// script shares, keeps the same promise.

import {AppError} from './app-error';
import type {LockPort, LockServicePort} from './ports';

/** How long a click waits for another generation or pull to finish before saying "busy". */
export const CLICK_LOCK_WAIT_MS = 2000;

/** The document lock, or the script lock when Apps Script gives no document lock. */
function workbookLock(lockService: LockServicePort): LockPort {
  return lockService.getDocumentLock() ?? lockService.getScriptLock();
}

/**
 * Runs `work` holding the workbook lock and releases it however `work` ends. Throws 'busy'
 * (nothing run) when the lock is not free within `waitMs` milliseconds.
 */
export function withWorkbookLock<T>(
  lockService: LockServicePort,
  waitMs: number,
  work: () => T,
): T {
  const lock = workbookLock(lockService);
  if (!lock.tryLock(waitMs)) throw new AppError('busy', {});
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
