// Writes a file so that the old one survives any failure: the bytes go to a temporary file in
// the same folder, are flushed to disk, and only then take the target's name in one rename.

import * as nodeFs from 'node:fs';
import {randomBytes} from 'node:crypto';
import {dirname, join} from 'node:path';

/** The file-system calls the writer makes; tests pass one that fails at a chosen step. */
export type AtomicFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'linkSync'
  | 'unlinkSync'
  | 'existsSync'
>;

export interface AtomicWriteOptions {
  /** Replace an existing file (else a file that appears meanwhile makes it throw EEXIST). */
  readonly overwrite: boolean;
  /** Permission bits of the new file (before the umask); default 0o666. */
  readonly mode?: number;
}

/** Errors of link(2) that mean "no hard links here" (FAT, some network shares), not "exists". */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'];

/**
 * Writes `bytes` to `path` atomically: the file is either the old one or all of the new one,
 * and no temporary file stays behind. The folder must exist. Throws the system error (with its
 * errno code) of the step that failed; with `overwrite: false` an existing target throws EEXIST.
 */
export function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions,
  fs: AtomicFs = nodeFs,
): void {
  // A short fixed-length name: a long target name must not make the temporary one fail first.
  const temp = join(
    dirname(path),
    `.fazhi-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const fd = fs.openSync(temp, 'wx', options.mode ?? 0o666);
    created = true;
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.overwrite) fs.renameSync(temp, path);
    else publishWithoutReplacing(fs, temp, path);
    created = false;
  } finally {
    if (created) removeQuietly(fs, temp);
  }
  syncFolder(fs, dirname(path));
}

function writeAll(fs: AtomicFs, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
  }
}

/** Gives `temp` the name `path` only if no file has it: link(2) refuses an existing name. */
function publishWithoutReplacing(
  fs: AtomicFs,
  temp: string,
  path: string,
): void {
  try {
    fs.linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!NO_HARD_LINKS.includes(code)) throw error;
    if (fs.existsSync(path)) throw existsError(path);
    fs.renameSync(temp, path);
    return;
  }
  removeQuietly(fs, temp);
}

function existsError(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `EEXIST: file already exists, '${path}'`,
  );
  error.code = 'EEXIST';
  error.path = path;
  return error;
}

function removeQuietly(fs: AtomicFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Nothing more can be done; the caller reports the first failure.
  }
}

/** Makes the rename itself durable; folders cannot be opened for this on Windows, so best effort. */
function syncFolder(fs: AtomicFs, folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // The file is complete and named; only its durability across a power cut is weaker.
  }
}
