// Before acting on a version's files: under drive.file this clerk's run reaches only files made
// by this clerk's runs, so a version another clerk made is refused up front with whose it is,
// instead of failing in Drive with "File not found".

import {versionOwner} from '../../core';
import {AppError} from '../services/app-error';
import type {LogEntry} from '../sheets/generation-log';
import type {Services} from '../services/ports';

/**
 * Throws 'other-clerks-version' when 生成记录 says another address made `entry` and Apps Script
 * tells this clerk's address. When either is hidden, Drive decides (its failure names the file).
 */
export function requireOwnVersion(services: Services, entry: LogEntry): void {
  const me = services.Session.getActiveUser().getEmail();
  const owner = versionOwner(entry.user, me);
  if (owner.kind === 'other')
    throw new AppError('other-clerks-version', {
      version: entry.version,
      owner: owner.address,
    });
}
