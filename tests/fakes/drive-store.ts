// The state behind one fake Drive: its files, ids, links, permissions and the failures a test
// scheduled. Not a service object; FakeDrive and its collections share it.

import type {FakeAccounts} from './fake-accounts';

/** Calls a test can make fail: Files methods by name, others as "collection.method". */
export type Method =
  | 'create'
  | 'get'
  | 'export'
  | 'remove'
  | 'permissions.create'
  | 'permissions.list';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';

export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  readonly webViewLink: string;
  readonly createdTime: string;
  readonly trashed: boolean;
  /** The bytes uploaded with create (for a converted Doc, the .docx as sent); null if none. */
  readonly content: Uint8Array | null;
  readonly uploadedContentType: string | null;
  readonly optionalArgs: Readonly<Record<string, unknown>>;
  /** The account whose run created it: under drive.file, the only one the script can reach it as. */
  readonly owner: string;
}

/** A permission granted with Permissions.create (the owner's is implied, never stored). */
export interface StoredPermission {
  readonly id: string;
  readonly type: 'user';
  readonly role: string;
  /** Lower-cased, as Drive reports an account's address. */
  readonly emailAddress: string;
}

/** A sharing notification Drive would have e-mailed. */
export interface SentNotification {
  readonly fileId: string;
  readonly emailAddress: string;
  readonly role: string;
  readonly message: string | undefined;
}

interface Failure {
  skip: number;
  readonly error: Error;
}

/** The files of one fake Drive and the failures scheduled for it. */
export class DriveStore {
  readonly files: StoredFile[] = [];
  readonly failures: Record<Method, Failure[]> = {
    create: [],
    get: [],
    export: [],
    remove: [],
    'permissions.create': [],
    'permissions.list': [],
  };
  /** Granted permissions by file id. */
  readonly permissions = new Map<string, StoredPermission[]>();
  readonly notifications: SentNotification[] = [];
  /** Lower-cased addresses Drive will not share with, and why (see FakeDrive.refuseSharingWith). */
  readonly unshareable = new Map<string, 'no-account' | 'domain'>();
  /** Drive gives each grantee one permission id, the same on every file. */
  private readonly granteeIds = new Map<string, string>();
  private created = 0;

  constructor(
    readonly now: () => Date,
    /** Who the script runs as: files belong to, and are seen by, that account. */
    readonly accounts: FakeAccounts,
  ) {}

  /** The account the script runs as now. */
  get owner(): string {
    return this.accounts.current;
  }

  /** Throws as Apps Script does when a restricted context calls Drive. */
  requireAuthorisation(method: Method): void {
    const call = method.includes('.') ? method : `Files.${method}`;
    this.accounts.requireAuthorisation(`Drive.${call}`, 'drive.file');
  }

  permissionId(emailAddress: string): string {
    const key = emailAddress.toLowerCase();
    let id = this.granteeIds.get(key);
    if (!id) {
      id = `perm-${this.granteeIds.size + 1}`;
      this.granteeIds.set(key, id);
    }
    return id;
  }

  /**
   * The file as the script sees it now. Under drive.file a run reaches only the files the script
   * created for the same account ("per-file access to files created or opened by the app"),
   * so another clerk's file is "File not found", as a deleted one is, even when shared with them.
   */
  find(fileId: string, method: Method): StoredFile {
    const file = this.lookup(fileId);
    if (!file || file.owner !== this.owner)
      throw apiError(method, `File not found: ${fileId}.`);
    return file;
  }

  /** Any account's file, for test helpers; undefined when there is none. */
  lookup(fileId: string): StoredFile | undefined {
    return this.files.find(f => f.id === fileId);
  }

  /** Checks the parent (one, existing, a folder; 'root' is My Drive) and stores the file. */
  add(
    fields: Omit<
      StoredFile,
      'id' | 'parents' | 'webViewLink' | 'createdTime' | 'trashed' | 'owner'
    >,
    parents: readonly string[] = ['root'],
  ): StoredFile {
    if (parents.length !== 1)
      throw apiError('create', 'A file must have exactly one parent.');
    const parent =
      parents[0] === 'root' ? null : this.find(parents[0], 'create');
    if (parent && parent.mimeType !== FOLDER_MIME)
      throw apiError('create', `The parent ${parents[0]} is not a folder.`);
    const id = `file-${++this.created}`;
    const link = webViewLink(id, fields.mimeType);
    const createdTime = this.now().toISOString();
    const file = {
      ...fields,
      id,
      parents: [...parents],
      webViewLink: link,
      createdTime,
      // Drive's `trashed`: "either explicitly or from a trashed parent folder".
      trashed: parent?.trashed ?? false,
      owner: this.owner,
    };
    this.files.push(file);
    return file;
  }

  replace(file: StoredFile, change: Partial<StoredFile> | null): void {
    const index = this.files.indexOf(file);
    if (change) this.files[index] = {...file, ...change};
    else {
      this.files.splice(index, 1);
      this.permissions.delete(file.id);
    }
  }

  failIfScheduled(method: Method): void {
    const next = this.failures[method][0];
    if (!next) return;
    if (next.skip > 0) {
      next.skip--;
      return;
    }
    this.failures[method].shift();
    throw next.error;
  }
}

function webViewLink(id: string, mimeType: string): string {
  if (mimeType === DOC_MIME)
    return `https://docs.google.com/document/d/${id}/edit`;
  if (mimeType === FOLDER_MIME)
    return `https://drive.google.com/drive/folders/${id}`;
  return `https://drive.google.com/file/d/${id}/view`;
}

/**
 * Errors worded the way the Advanced Drive service reports API failures:
 * "API call to drive.files.get failed with error: …", "… drive.permissions.create …".
 */
export function apiError(method: Method, detail: string): Error {
  const call = method.includes('.') ? method : `files.${method}`;
  return new Error(`API call to drive.${call} failed with error: ${detail}`);
}
