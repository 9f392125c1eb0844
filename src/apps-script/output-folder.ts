// The Drive folder reports go into. Under the drive.file scope the script sees only what it
// created, so it creates the folder on first use and keeps its id in document properties. A new
// folder is made only when Drive says the old one is gone; a busy Drive never causes a second.

import {AppError} from './app-error';
import {driveFailure, RETRY_DELAYS_MS} from './drive-errors';
import type {DrivePort, PropertiesPort, UtilitiesPort} from './ports';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const FOLDER_PROPERTY = 'fazhi.outputFolderId';

/**
 * The id of the output folder, creating it (named `name`) when there is none, or when Drive
 * says the known one is trashed, deleted or out of reach. A temporary failure is retried with
 * backoff (Utilities.sleep); if it remains, 'drive-busy' is thrown and nothing is created.
 */
export function ensureOutputFolder(
  drive: DrivePort,
  properties: PropertiesPort,
  utilities: Pick<UtilitiesPort, 'sleep'>,
  name: string,
): string {
  const known = properties.getProperty(FOLDER_PROPERTY);
  if (known && folderUsable(drive, utilities, known)) return known;
  const folder = callDrive(() =>
    drive.Files.create({name, mimeType: FOLDER_MIME}),
  );
  if (!folder.id)
    throw new AppError('drive-failed', {detail: 'folder without id'});
  properties.setProperty(FOLDER_PROPERTY, folder.id);
  return folder.id;
}

function folderUsable(
  drive: DrivePort,
  utilities: Pick<UtilitiesPort, 'sleep'>,
  id: string,
): boolean {
  for (let attempt = 0; ; attempt++) {
    try {
      return drive.Files.get(id, {fields: 'id,trashed'}).trashed !== true;
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const kind = driveFailure(e);
      if (kind === 'missing') return false;
      if (kind === 'other') throw new AppError('drive-failed', {detail});
      if (attempt >= RETRY_DELAYS_MS.length)
        throw new AppError('drive-busy', {detail, attempts: attempt + 1});
      utilities.sleep(RETRY_DELAYS_MS[attempt]);
    }
  }
}

/** Runs a Drive call; its failure becomes an AppError a clerk can read. */
export function callDrive<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw new AppError('drive-failed', {
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}
