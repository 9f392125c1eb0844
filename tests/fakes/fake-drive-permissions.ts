// Fake of the Advanced Drive service (v3) Permissions collection: user permissions per file with
// Drive's per-grantee ids, the owner's permission listed, sharing e-mails recorded, Drive's errors.

import type {DrivePermissionsPort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {apiError, type DriveStore, type StoredPermission} from './drive-store';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;

const ROLES = ['writer', 'commenter', 'reader'];
/** What Drive accepts as an address well enough to look it up; anything else is refused. */
const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export class FakeDrivePermissions implements DrivePermissionsPort {
  constructor(
    private readonly store: DriveStore,
    private readonly calls: CallLog,
  ) {}

  /**
   * Grants `resource.role` to the user `resource.emailAddress` on the file. Drive keeps one
   * permission per grantee and file, so granting again replaces the role (same id) and e-mails
   * again. Only type "user" with writer, commenter or reader is modelled. The error wording for
   * a bad address or role is the fake's own ("Invalid value for: …"); the prefix and the
   * "File not found" text are Drive's.
   */
  create(
    resource: Permission,
    fileId: string,
    optionalArgs: Record<string, unknown>,
  ): Permission {
    this.calls.record('Drive.Permissions.create');
    this.store.requireAuthorisation('permissions.create');
    this.store.failIfScheduled('permissions.create');
    const file = this.store.find(fileId, 'permissions.create');
    if (resource.type !== 'user')
      throw new Error(
        `fake Drive: permissions of type ${String(resource.type)} are not modelled`,
      );
    const address = resource.emailAddress ?? '';
    if (!ADDRESS.test(address))
      throw apiError(
        'permissions.create',
        `Invalid value for: emailAddress "${address}" is not a valid email address.`,
      );
    const role = resource.role ?? '';
    if (!ROLES.includes(role))
      throw apiError(
        'permissions.create',
        `Invalid value for: role "${role}".`,
      );
    const emailAddress = address.toLowerCase();
    refuseUnshareable(
      this.store.unshareable.get(emailAddress),
      address,
      optionalArgs.sendNotificationEmail !== false,
    );
    if (emailAddress === file.owner.toLowerCase())
      throw apiError(
        'permissions.create',
        'The owner of a file cannot be given another role.',
      );
    const granted: StoredPermission = {
      id: this.store.permissionId(emailAddress),
      type: 'user',
      role,
      emailAddress,
    };
    const others = (this.store.permissions.get(fileId) ?? []).filter(
      p => p.emailAddress !== emailAddress,
    );
    this.store.permissions.set(fileId, [...others, granted]);
    if (optionalArgs.sendNotificationEmail !== false) {
      const message = optionalArgs.emailMessage;
      this.store.notifications.push({
        fileId,
        emailAddress,
        role,
        message: typeof message === 'string' ? message : undefined,
      });
    }
    return toPermission(granted);
  }

  /** The owner's permission first, then the granted ones; one page (no nextPageToken). */
  list(fileId: string, optionalArgs: Record<string, unknown>): PermissionList {
    this.calls.record('Drive.Permissions.list');
    this.store.requireAuthorisation('permissions.list');
    void optionalArgs;
    this.store.failIfScheduled('permissions.list');
    const file = this.store.find(fileId, 'permissions.list');
    const owner: StoredPermission = {
      id: this.store.permissionId(file.owner),
      type: 'user',
      role: 'owner',
      emailAddress: file.owner.toLowerCase(),
    };
    const granted = this.store.permissions.get(fileId) ?? [];
    return {
      kind: 'drive#permissionList',
      permissions: [owner, ...granted].map(toPermission),
    };
  }
}

function toPermission(p: StoredPermission): Permission {
  return {kind: 'drive#permission', ...p};
}

/**
 * Drive refuses some well-formed addresses. Without a Google account, sharing without the
 * e-mail fails with the message below (Drive API, "Share files": a permission for an address
 * without a Google account needs the notification); with the e-mail, accounts whose domain or
 * admin forbid invitations refuse too, so the fake refuses both ways (strict). An organisation
 * that forbids sharing outside its domain refuses every grant. Wording past "Bad Request." is
 * the fake's own for the cases not quoted from Drive.
 */
function refuseUnshareable(
  reason: 'no-account' | 'domain' | undefined,
  address: string,
  notify: boolean,
): void {
  if (reason === 'no-account')
    throw apiError(
      'permissions.create',
      notify
        ? `Bad Request. User message: "${address} has no Google account and cannot be invited."`
        : `Bad Request. User message: "You are trying to invite ${address}. Since there is no Google account associated with this email address, you must check the 'Notify people' box to invite this recipient."`,
    );
  if (reason === 'domain')
    throw apiError(
      'permissions.create',
      `Bad Request. User message: "Sharing with ${address} is not allowed by your organisation's sharing settings."`,
    );
}
