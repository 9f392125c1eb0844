import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {writeFileAtomic, type AtomicFs} from '../../src/node/atomic-write';

const OLD = Buffer.from('the clerk’s filled workbook');
const NEW = Buffer.from('x'.repeat(10_000));

type Step = keyof AtomicFs;

function systemError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected`);
  error.code = code;
  return error;
}

/** The real file system, except that `step` throws `code` (after `writeSync` wrote a part). */
function failingAt(step: Step, code: string): AtomicFs & {calls: Step[]} {
  const calls: Step[] = [];
  const real = fs as unknown as Record<Step, (...args: unknown[]) => unknown>;
  const wrapped = {} as Record<Step, (...args: unknown[]) => unknown>;
  const steps: Step[] = [
    'openSync',
    'writeSync',
    'fsyncSync',
    'closeSync',
    'renameSync',
    'linkSync',
    'unlinkSync',
    'existsSync',
  ];
  // The folder is opened read-only to flush the rename: only the file's own steps fail.
  let folderFd: unknown;
  for (const name of steps) {
    wrapped[name] = (...args: unknown[]) => {
      calls.push(name);
      const onFolder =
        args[1] === 'r' || (folderFd !== undefined && args[0] === folderFd);
      if (name === step && !onFolder) {
        if (name === 'writeSync') real.writeSync(args[0], args[1], 0, 100);
        throw systemError(code);
      }
      const result = real[name](...args);
      if (name === 'openSync' && args[1] === 'r') folderFd = result;
      return result;
    };
  }
  return Object.assign(wrapped as unknown as AtomicFs, {calls});
}

function folderWithOldFile(): {dir: string; path: string} {
  const dir = fs.mkdtempSync(join(tmpdir(), 'fazhi-atomic-'));
  const path = join(dir, '报告.docx');
  fs.writeFileSync(path, OLD);
  return {dir, path};
}

describe('writeFileAtomic', () => {
  it('replaces the file with all the new bytes and leaves no temporary file', () => {
    const {dir, path} = folderWithOldFile();
    writeFileAtomic(path, NEW, {overwrite: true});
    expect(fs.readFileSync(path).equals(NEW)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('flushes the temporary file before renaming it over the target', () => {
    const {path} = folderWithOldFile();
    const recorder = failingAt('existsSync', 'ENOSYS');
    writeFileAtomic(path, NEW, {overwrite: true}, recorder);
    const order = recorder.calls.filter(c =>
      [
        'openSync',
        'writeSync',
        'fsyncSync',
        'closeSync',
        'renameSync',
      ].includes(c),
    );
    expect(order.slice(0, 5)).toEqual([
      'openSync',
      'writeSync',
      'fsyncSync',
      'closeSync',
      'renameSync',
    ]);
  });

  it('keeps writing when the system writes only part of the bytes at a time', () => {
    const {path} = folderWithOldFile();
    const chunked: AtomicFs = {
      ...fs,
      writeSync: ((
        fd: number,
        data: Uint8Array,
        offset: number,
        length: number,
      ) =>
        fs.writeSync(
          fd,
          data,
          offset,
          Math.min(length, 999),
        )) as AtomicFs['writeSync'],
    };
    writeFileAtomic(path, NEW, {overwrite: true}, chunked);
    expect(fs.readFileSync(path).equals(NEW)).toBe(true);
  });

  it.each([
    ['openSync', 'EACCES', 'a folder without write permission'],
    ['openSync', 'EROFS', 'a read-only file system'],
    ['writeSync', 'ENOSPC', 'a full disk after part of the file'],
    ['writeSync', 'EFBIG', 'the file-size limit after part of the file'],
    ['fsyncSync', 'EIO', 'a failed flush'],
    ['closeSync', 'ENOSPC', 'a full disk found on close (network shares)'],
    ['renameSync', 'ENAMETOOLONG', 'a name too long for the folder'],
    ['renameSync', 'EBUSY', 'a target held open by another program'],
  ] as const)(
    'on %s failing with %s (%s) throws that code, keeps the old file and leaves no fragment',
    (...[step, code]) => {
      const {dir, path} = folderWithOldFile();
      expect(() =>
        writeFileAtomic(path, NEW, {overwrite: true}, failingAt(step, code)),
      ).toThrow(expect.objectContaining({code}));
      expect(fs.readFileSync(path).equals(OLD)).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
    },
  );

  it('creates a new file without replacing and refuses one that appeared meanwhile with EEXIST', () => {
    const {dir, path} = folderWithOldFile();
    const fresh = join(dir, '新报告.docx');
    writeFileAtomic(fresh, NEW, {overwrite: false});
    expect(fs.readFileSync(fresh).equals(NEW)).toBe(true);
    expect(() => writeFileAtomic(path, NEW, {overwrite: false})).toThrow(
      expect.objectContaining({code: 'EEXIST'}),
    );
    expect(fs.readFileSync(path).equals(OLD)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['报告.docx', '新报告.docx'].sort(),
    );
  });

  it('falls back to a checked rename where the file system has no hard links', () => {
    const {dir, path} = folderWithOldFile();
    const noLinks = failingAt('linkSync', 'EPERM');
    const fresh = join(dir, '新报告.docx');
    writeFileAtomic(fresh, NEW, {overwrite: false}, noLinks);
    expect(fs.readFileSync(fresh).equals(NEW)).toBe(true);
    expect(() =>
      writeFileAtomic(
        path,
        NEW,
        {overwrite: false},
        failingAt('linkSync', 'EPERM'),
      ),
    ).toThrow(expect.objectContaining({code: 'EEXIST'}));
    expect(fs.readFileSync(path).equals(OLD)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['报告.docx', '新报告.docx'].sort(),
    );
  });

  it('gives the new file the permission bits it is asked for', () => {
    const {path} = folderWithOldFile();
    const umask = process.umask(0);
    try {
      writeFileAtomic(path, NEW, {overwrite: true, mode: 0o640});
    } finally {
      process.umask(umask);
    }
    expect(fs.statSync(path).mode & 0o777).toBe(0o640);
  });

  it('names the temporary file briefly, so a 250-byte target name does not fail before the rename', () => {
    const {dir} = folderWithOldFile();
    const long = join(dir, `${'报'.repeat(81)}.docx`);
    writeFileAtomic(long, NEW, {overwrite: false});
    expect(fs.readFileSync(long).equals(NEW)).toBe(true);
  });
});
