// The Drive folder a clerk's reports go into. Under drive.file a clerk's run reaches only what
// the script created for that clerk, so each clerk has a folder of their own, its id in their
// user properties; the folder id an older version kept in document properties is taken over
// only by the clerk who can still reach it. A new folder is made only when Drive says the old
// one is gone or trashed; a busy Drive never causes a second.

import {AppError, errorMessage} from '../services/app-error';
import {driveFailure, RETRY_DELAYS_MS} from './drive-errors';
import type {
  DrivePort,
  PropertiesPort,
  Services,
  UtilitiesPort,
} from '../services/ports';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const FOLDER_PROPERTY = 'fazhi.outputFolderId';

export interface FolderStores {
  /** This clerk's own properties: their folder id. */
  readonly user: PropertiesPort;
  /** The workbook's: a folder id kept there by an older version of the script. */
  readonly document: PropertiesPort;
}

export interface OutputFolder {
  readonly id: string;
  /**
   * false: this clerk's folder, taken from their properties without a Files.get. The run's
   * first upload checks it: Drive says "not found" for a deleted folder, and reports the new
   * file trashed when the folder is in the trash.
   */
  readonly checked: boolean;
}

/** The output folder of the clerk running the script, and the upload of a run's first file. */
export interface ClerkFolder {
  /** uploadFirst into this folder (a new one, named as this was, if it is gone or trashed). */
  uploadFirst(create: (parentId: string) => DriveFile): {
    readonly folderId: string;
    readonly file: DriveFile;
  };
}

/**
 * outputFolder with the running clerk's user properties, the workbook's document properties
 * (read only when the clerk has no folder yet) and Utilities.sleep for the retries.
 */
export function clerkOutputFolder(
  services: Pick<Services, 'PropertiesService' | 'Utilities'>,
  drive: DrivePort,
  name: string,
): ClerkFolder {
  const user = services.PropertiesService.getUserProperties();
  const document = lazyDocumentProperties(services);
  const folder = outputFolder(
    drive,
    {user, document},
    services.Utilities,
    name,
  );
  return {
    uploadFirst: create => uploadFirst(drive, user, folder, name, create),
  };
}

/** Document properties, fetched only if the clerk has no folder of their own yet. */
function lazyDocumentProperties(
  services: Pick<Services, 'PropertiesService'>,
): PropertiesPort {
  let store: PropertiesPort | undefined;
  const get = () =>
    (store ??= services.PropertiesService.getDocumentProperties());
  return {
    getProperty: key => get().getProperty(key),
    setProperty: (key, value) => get().setProperty(key, value),
  };
}

/**
 * This clerk's output folder: their own (unchecked, see OutputFolder), else the workbook's old
 * shared one when this clerk can still reach it (checked with retries, then kept as theirs),
 * else a new folder named `name`. A temporary failure of the check is retried with backoff;
 * if it remains, 'drive-busy' is thrown and nothing is created.
 */
function outputFolder(
  drive: DrivePort,
  stores: FolderStores,
  utilities: Pick<UtilitiesPort, 'sleep'>,
  name: string,
): OutputFolder {
  const own = stores.user.getProperty(FOLDER_PROPERTY);
  if (own) return {id: own, checked: false};
  const shared = stores.document.getProperty(FOLDER_PROPERTY);
  if (shared && folderUsable(drive, utilities, shared)) {
    stores.user.setProperty(FOLDER_PROPERTY, shared);
    return {id: shared, checked: true};
  }
  return {id: newFolder(drive, stores.user, name), checked: true};
}

/**
 * Uploads the run's first file into `folder` with `create(parentId)`. When the folder was not
 * checked and Drive says it is gone, or the new file comes back trashed (its folder is in the
 * trash), a new folder is made and the file uploaded there. Returns the folder used and the file.
 */
function uploadFirst(
  drive: DrivePort,
  userStore: PropertiesPort,
  folder: OutputFolder,
  name: string,
  create: (parentId: string) => DriveFile,
): {readonly folderId: string; readonly file: DriveFile} {
  if (folder.checked)
    return {folderId: folder.id, file: callDrive(() => create(folder.id))};
  let file: DriveFile;
  try {
    file = create(folder.id);
  } catch (e) {
    if (driveFailure(e) !== 'missing')
      throw new AppError('drive-failed', {detail: errorMessage(e)});
    file = {trashed: true};
  }
  if (file.trashed !== true) return {folderId: folder.id, file};
  const folderId = newFolder(drive, userStore, name);
  return {folderId, file: callDrive(() => create(folderId))};
}

function newFolder(drive: DrivePort, userStore: PropertiesPort, name: string) {
  const folder = callDrive(() =>
    drive.Files.create({name, mimeType: FOLDER_MIME}),
  );
  if (!folder.id)
    throw new AppError('drive-failed', {detail: 'folder without id'});
  userStore.setProperty(FOLDER_PROPERTY, folder.id);
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
      const detail = errorMessage(e);
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
    throw new AppError('drive-failed', {detail: errorMessage(e)});
  }
}
