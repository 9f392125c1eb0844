// Fake of the Advanced Drive service (v3): Files (folders and uploads kept with their bytes, PDF
// export of Docs), Permissions and Comments, Drive's errors, and a switch to fail a later call.

import type {
  BlobPort,
  DriveFilesPort,
  DrivePort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {FakeAccounts} from './fake-accounts';
import {apiError, DOC_MIME, DriveStore, FOLDER_MIME} from './drive-store';
import type {
  Method,
  SentNotification,
  StoredFile,
  StoredPermission,
} from './drive-store';
import {blobParts} from './fake-blob';
import {convertedDocx} from './docs-conversion';
import {FakeDriveComments} from './fake-drive-comments';
import {FakeDrivePermissions} from './fake-drive-permissions';

export {DOC_MIME, FOLDER_MIME, FakeDriveComments, FakeDrivePermissions};
export type {SentNotification, StoredFile, StoredPermission};

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export const PDF_MIME = 'application/pdf';
export const DOCX_MIME =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Uploads Drive can convert into a Google Doc. */
const DOC_IMPORTS = [
  DOCX_MIME,
  'application/msword',
  'application/rtf',
  'application/vnd.oasis.opendocument.text',
  'text/html',
  'text/plain',
];

export class FakeDriveFiles implements DriveFilesPort {
  constructor(
    private readonly store: DriveStore,
    private readonly calls: CallLog,
  ) {}

  /**
   * Stores a folder or file and returns all its metadata (optionalArgs.fields is not honoured:
   * the full file comes back). A Google Doc mimeType with an importable upload is "converted":
   * the stored file is a Doc that keeps the uploaded bytes and their content type.
   */
  create(
    resource: DriveFile,
    mediaData?: BlobPort,
    optionalArgs: Record<string, unknown> = {},
  ): DriveFile {
    this.calls.record('Drive.Files.create');
    this.store.requireAuthorisation('create');
    this.store.failIfScheduled('create');
    const upload = mediaData ? blobParts(mediaData) : null;
    const mimeType =
      resource.mimeType ?? upload?.contentType ?? 'application/octet-stream';
    if (upload && mimeType === FOLDER_MIME)
      throw apiError('create', 'A folder cannot have content.');
    if (
      upload &&
      mimeType === DOC_MIME &&
      !DOC_IMPORTS.includes(upload.contentType ?? '')
    )
      throw apiError(
        'create',
        `Cannot convert ${upload.contentType} to a Google Doc.`,
      );
    if (
      mimeType.startsWith('application/vnd.google-apps.') &&
      mimeType !== FOLDER_MIME &&
      mimeType !== DOC_MIME
    )
      throw new Error(`fake Drive: creating ${mimeType} is not modelled`);
    const file = this.store.add(
      {
        name: resource.name ?? upload?.name ?? 'Untitled',
        mimeType,
        content: upload?.bytes ?? null,
        uploadedContentType: upload?.contentType ?? null,
        optionalArgs: {...optionalArgs},
      },
      resource.parents,
    );
    return toDriveFile(file);
  }

  /**
   * A Google Doc's content in another format. The live Advanced Drive service needs
   * {alt: 'media'} (issuetracker.google.com/issues/468534237) and then returns the content as
   * a byte array (Java byte[]: signed numbers -128..127), not a Blob: there is no name or
   * content type to set. PDF is modelled as "%PDF-1.4" bytes carrying the Doc's name; .docx
   * as the uploaded .docx through the fake's model of Docs' conversion (docs-conversion.ts).
   * Files that are not Docs Editors files cannot be exported.
   */
  export(
    fileId: string,
    mimeType: string,
    optionalArgs: Record<string, unknown>,
  ): number[] {
    this.calls.record('Drive.Files.export');
    this.store.requireAuthorisation('export');
    this.store.failIfScheduled('export');
    const file = this.store.find(fileId, 'export');
    if (optionalArgs.alt !== 'media') {
      throw new Error(
        'API call to drive.files.export failed with error: Export requires alt=media to download the exported content.',
      );
    }
    if (file.mimeType !== DOC_MIME) {
      if (!file.mimeType.startsWith('application/vnd.google-apps.'))
        throw apiError('export', 'Export only supports Docs Editors files.');
      throw new Error(`fake Drive: exporting ${file.mimeType} is not modelled`);
    }
    if (mimeType === DOCX_MIME) {
      if (!file.content || file.uploadedContentType !== DOCX_MIME)
        throw new Error(
          'fake Drive: only Docs converted from a .docx export to .docx',
        );
      return javaBytes(convertedDocx(file.content));
    }
    if (mimeType !== PDF_MIME)
      throw new Error(`fake Drive: exporting to ${mimeType} is not modelled`);
    const pdf = `%PDF-1.4\n% ${file.name}\n%%EOF\n`;
    return javaBytes(Buffer.from(pdf, 'utf8'));
  }

  /** Deletes the file for good (no trash); only its owner's run can (drive.file). */
  remove(fileId: string): void {
    this.calls.record('Drive.Files.remove');
    this.store.requireAuthorisation('remove');
    this.store.failIfScheduled('remove');
    this.store.replace(this.store.find(fileId, 'remove'), null);
  }

  /** The file, trashed ones included (with trashed: true, as Drive does); unknown ids throw. */
  get(fileId: string, optionalArgs: Record<string, unknown>): DriveFile {
    this.calls.record('Drive.Files.get');
    this.store.requireAuthorisation('get');
    void optionalArgs;
    this.store.failIfScheduled('get');
    return toDriveFile(this.store.find(fileId, 'get'));
  }
}

export class FakeDrive implements DrivePort {
  private readonly store: DriveStore;
  readonly Files: FakeDriveFiles;
  readonly Permissions: FakeDrivePermissions;
  readonly Comments: FakeDriveComments;

  /**
   * `owner` is the account the script runs as (the fakes' one by default); with `accounts`, the
   * environment's, so runAs switches whose files the script sees.
   */
  constructor(
    calls: CallLog,
    now: () => Date = () => new Date(),
    owner = 'clerk@example.org',
    accounts: FakeAccounts = new FakeAccounts(owner),
  ) {
    this.store = new DriveStore(now, accounts);
    this.Files = new FakeDriveFiles(this.store, calls);
    this.Permissions = new FakeDrivePermissions(this.store, calls);
    this.Comments = new FakeDriveComments(this.store, calls);
  }

  // Test helpers below: none of them is a service call.

  /** Every file and folder, in creation order (trashed ones too). */
  get files(): readonly StoredFile[] {
    return [...this.store.files];
  }

  /** Makes a later call of `method` throw `error`: the next one, or the one after `skip` more. */
  failNext(method: Method, error: Error, skip = 0): this {
    this.store.failures[method].push({skip, error});
    return this;
  }

  /** A folder that already exists; returns its id. */
  seedFolder(name: string, parentId?: string): string {
    const fields = {
      name,
      mimeType: FOLDER_MIME,
      content: null,
      uploadedContentType: null,
      optionalArgs: {},
    };
    return this.store.add(fields, parentId ? [parentId] : undefined).id;
  }

  /** Moves a file to the trash, as the user might between two runs. */
  trash(fileId: string): void {
    // Drive trashes a folder's contents with it ("trashed … from a trashed parent folder").
    this.store.replace(this.existing(fileId), {trashed: true});
    for (const child of this.store.files.filter(f => f.parents[0] === fileId))
      this.trash(child.id);
  }

  /** Deletes a file for good; later gets throw "File not found". */
  remove(fileId: string): void {
    this.store.replace(this.existing(fileId), null);
  }

  /** Any account's file (test helpers see everything). */
  file(fileId: string): StoredFile {
    return this.existing(fileId);
  }

  private existing(fileId: string): StoredFile {
    const file = this.store.lookup(fileId);
    if (!file) throw new Error(`fake Drive: no file ${fileId}`);
    return file;
  }

  /** The permissions granted on a file (the owner's is implied), oldest first. */
  permissionsOf(fileId: string): readonly StoredPermission[] {
    return [...(this.store.permissions.get(fileId) ?? [])];
  }

  /** Drive will refuse to share with `address`: it has no Google account, or domain rules forbid it. */
  refuseSharingWith(address: string, reason: 'no-account' | 'domain'): this {
    this.store.unshareable.set(address.toLowerCase(), reason);
    return this;
  }

  /** Every sharing e-mail Drive would have sent, oldest first. */
  get notifications(): readonly SentNotification[] {
    return [...this.store.notifications];
  }
}

/** Bytes as Apps Script returns them: a Java byte[] (signed). */
function javaBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, b => (b > 127 ? b - 256 : b));
}

function toDriveFile(file: StoredFile): DriveFile {
  const {id, name, mimeType, parents, webViewLink, createdTime, trashed} = file;
  return {
    kind: 'drive#file',
    id,
    name,
    mimeType,
    parents: [...parents],
    webViewLink,
    createdTime,
    trashed,
  };
}
