// The lock that keeps two generations (or pulls) of one workbook apart. The document lock is the
// right one, but LockService.getDocumentLock() may return null (the reference: "null if called
// from a standalone script or add-on"); then the script lock, which every user of this bound
// script shares, keeps the same promise.

import type {LockPort, LockServicePort} from './ports';

/** The document lock, or the script lock when Apps Script gives no document lock. */
export function workbookLock(lockService: LockServicePort): LockPort {
  return lockService.getDocumentLock() ?? lockService.getScriptLock();
}
