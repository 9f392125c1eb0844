// Whose a version is. Under the drive.file scope each clerk's run reaches only the files it
// created for that clerk, so a version made by another clerk cannot be shared, exported or read
// for comments by this one: the adapter asks here first and tells the clerk whom to ask.

const ADDRESS = /[^\s（）()<>,，、]+@[^\s（）()<>,，、]+/;

/** The e-mail address in a 操作人 cell ("a@x.cn", "自动生成（a@x.cn）"); undefined if none. */
export function recordedAddress(user: string): string | undefined {
  return ADDRESS.exec(user)?.[0];
}

export type VersionOwner =
  | {readonly kind: 'mine'}
  /** Made by `address`; only that clerk's runs can reach its files. */
  | {readonly kind: 'other'; readonly address: string}
  /** One of the two addresses is hidden: only Drive can tell. */
  | {readonly kind: 'unknown'};

/**
 * Compares the 操作人 of a version with the running clerk's address ('' when Apps Script hides
 * it). Addresses compare without case, as Google accounts do.
 */
export function versionOwner(
  recordedUser: string,
  currentAddress: string,
): VersionOwner {
  const recorded = recordedAddress(recordedUser);
  if (!recorded || !currentAddress) return {kind: 'unknown'};
  return recorded.toLowerCase() === currentAddress.toLowerCase()
    ? {kind: 'mine'}
    : {kind: 'other', address: recorded};
}
