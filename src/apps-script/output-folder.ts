// The Drive folder reports go into. Under the drive.file scope the script sees only what it
// created, so it creates the folder on first use and keeps its id in document properties.

import {AppError} from './app-error';
import type {DrivePort, PropertiesPort} from './ports';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const FOLDER_PROPERTY = 'fazhi.outputFolderId';

/** The id of the output folder, creating it (named `name`) when missing or trashed. */
export function ensureOutputFolder(
  drive: DrivePort,
  properties: PropertiesPort,
  name: string,
): string {
  const known = properties.getProperty(FOLDER_PROPERTY);
  if (known && folderUsable(drive, known)) return known;
  const folder = callDrive(() =>
    drive.Files.create({name, mimeType: FOLDER_MIME}),
  );
  if (!folder.id)
    throw new AppError('drive-failed', {detail: 'folder without id'});
  properties.setProperty(FOLDER_PROPERTY, folder.id);
  return folder.id;
}

function folderUsable(drive: DrivePort, id: string): boolean {
  try {
    const folder = drive.Files.get(id, {fields: 'id,trashed'});
    return folder.trashed !== true;
  } catch {
    // Deleted, or not visible to this script any more: a new folder is made.
    return false;
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
