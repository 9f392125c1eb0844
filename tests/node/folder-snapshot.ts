// What a folder holds, byte for byte: relative path → SHA-256 of each file (symbolic links by
// their target), so a test can assert that a command changed nothing it was not asked to.

import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, readFileSync, readlinkSync} from 'node:fs';
import {join} from 'node:path';

export type FolderSnapshot = Readonly<Record<string, string>>;

export function snapshotFolder(dir: string, prefix = ''): FolderSnapshot {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const key = prefix + name;
    if (stat.isSymbolicLink()) files[key] = `-> ${readlinkSync(path)}`;
    else if (stat.isDirectory())
      Object.assign(files, snapshotFolder(path, `${key}/`), {
        [`${key}/`]: 'folder',
      });
    else
      files[key] = createHash('sha256')
        .update(readFileSync(path))
        .digest('hex');
  }
  return files;
}
