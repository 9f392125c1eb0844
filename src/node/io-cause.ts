// Why a file operation failed, as a closed set the command line words in Chinese, taken from
// the errno code Node puts on the error (the English system text is shown only with --debug).

export type IoCause =
  | 'missing'
  | 'no-permission'
  | 'read-only'
  | 'disk-full'
  | 'name-too-long'
  | 'too-large'
  | 'is-folder'
  | 'not-folder'
  | 'busy'
  | 'too-many-open'
  | 'other';

const BY_ERRNO: {readonly [errno: string]: IoCause} = {
  ENOENT: 'missing',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'read-only',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  ENAMETOOLONG: 'name-too-long',
  EFBIG: 'too-large',
  EISDIR: 'is-folder',
  ENOTDIR: 'not-folder',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EMFILE: 'too-many-open',
  ENFILE: 'too-many-open',
};

/** The errno code of a Node system error (ENOENT, EACCES …), or undefined for other errors. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as {code?: unknown} | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** The cause of a system error; undefined when `error` carries no errno code. */
export function ioCause(error: unknown): IoCause | undefined {
  const code = errnoCode(error);
  if (code === undefined) return undefined;
  return BY_ERRNO[code] ?? 'other';
}
