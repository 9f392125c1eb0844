// Failed writes on a real system: a read-only folder, a full disk, the file-size limit and a
// folder the user may not write to. The command line runs as a child process; each case checks
// exit code 2, the Chinese message naming path and cause, and the folder byte for byte.
// We run as root (also in CI), so chmod alone cannot make a folder unwritable: read-only bind
// mounts and a tiny tmpfs live in a private mount namespace (`unshare -m`, gone when it exits),
// the permission case runs the child as the unprivileged user 65534 (`setpriv`).

import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  buildCliBundle,
  cliEnv,
  runScript,
  unavailable,
  type CliRun,
} from './cli-process';
import {snapshotFolder} from './folder-snapshot';

const MOUNTS = unavailable('mount -t tmpfs -o size=4k tmpfs "$P"', true);
const NOBODY = unavailable(
  'command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true',
  false,
);
for (const [what, reason] of [
  ['read-only folder and full disk (unshare -m, mount)', MOUNTS],
  ['unprivileged user (setpriv)', NOBODY],
] as const) {
  if (reason)
    console.warn(`skipped: the ${what} cases cannot run here: ${reason}`);
}
const withMounts = MOUNTS ? it.skip : it;
const asNobody = NOBODY ? it.skip : it;

let cli: string;
let dir: string;

beforeAll(() => {
  cli = buildCliBundle();
});

/** A folder holding an earlier 报告.docx and a filled 工作簿.xlsx (stand-ins: bytes only). */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-failures-'));
  writeFileSync(join(dir, '报告.docx'), 'an earlier report');
  writeFileSync(join(dir, '工作簿.xlsx'), 'a filled workbook');
});

function expectRefusal(run: CliRun, message: string): void {
  expect(run.signal).toBeNull();
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(run.status).toBe(2);
}

const COMMANDS = [
  ['build', ['build', '-o', '报告.docx', '--force'], '报告.docx'],
  ['build to a new name', ['build', '-o', '新报告.docx'], '新报告.docx'],
  ['template', ['template', '-o', '工作簿.xlsx', '--force'], '工作簿.xlsx'],
] as const;

/** The arguments quoted for bash, file names inside the folder held by the variable `folder`. */
function shellArgs(args: readonly string[], folder: string): string {
  return args
    .map(a => (/\.(docx|xlsx)$/.test(a) ? `"$${folder}"/'${a}'` : `'${a}'`))
    .join(' ');
}

describe('a read-only folder', () => {
  withMounts.each(COMMANDS)(
    'in a read-only folder refuses %s, keeps every file, leaves no fragment',
    (_, args, name) => {
      const before = snapshotFolder(dir);
      const run = runScript(
        `mount --bind "$D" "$D" && mount -o remount,bind,ro "$D" || exit 99
       exec node "$CLI" ${shellArgs(args, 'D')}`,
        cliEnv({D: dir, CLI: cli}),
        {privateMounts: true, cwd: dir},
      );
      expectRefusal(
        run,
        `无法写入“${join(dir, name)}”：没有写入权限（所在磁盘或文件夹是只读的）`,
      );
      expect(snapshotFolder(dir)).toEqual(before);
    },
  );
});

describe('a full disk', () => {
  withMounts.each(COMMANDS)(
    'on a full disk refuses %s, keeps every file, leaves no fragment',
    (_, args, name) => {
      // 8 KB of tmpfs: the earlier files fit, an 11 KB report or a 35 KB workbook does not.
      const disk = join(dir, '磁盘');
      const after = join(dir, '之后');
      mkdirSync(disk);
      mkdirSync(after);
      const files = join(dir, '文件');
      mkdirSync(files);
      cpSync(join(dir, '报告.docx'), join(files, '报告.docx'));
      cpSync(join(dir, '工作簿.xlsx'), join(files, '工作簿.xlsx'));
      const before = snapshotFolder(files);
      const run = runScript(
        `mount -t tmpfs -o size=8k tmpfs "$F" || exit 99
       cp -a "$FILES/." "$F/"
       node "$CLI" ${shellArgs(args, 'F')}
       status=$?
       cp -a "$F/." "$AFTER/"
       exit $status`,
        cliEnv({F: disk, FILES: files, AFTER: after, CLI: cli}),
        {privateMounts: true, cwd: dir},
      );
      expectRefusal(run, `无法写入“${join(disk, name)}”：磁盘已满`);
      expect(snapshotFolder(after)).toEqual(before);
    },
  );
});

describe('the file-size limit (ulimit -f)', () => {
  it.each(COMMANDS)(
    'over the file-size limit refuses %s, keeps every file, leaves no fragment',
    (_, args, name) => {
      const before = snapshotFolder(dir);
      // 4 KB; Node ignores SIGXFSZ, so the write fails with EFBIG instead of killing the process.
      const run = runScript(
        `ulimit -f 4 && exec node "$CLI" ${shellArgs(args, 'D')}`,
        cliEnv({D: dir, CLI: cli}),
        {cwd: dir},
      );
      expectRefusal(run, `无法写入“${join(dir, name)}”：文件过大`);
      expect(snapshotFolder(dir)).toEqual(before);
    },
  );
});

describe('a folder the user may not write to', () => {
  asNobody.each(COMMANDS)(
    'without write permission refuses %s, keeps every file, leaves no fragment',
    (_, args, name) => {
      chmodSync(dir, 0o755);
      const before = snapshotFolder(dir);
      const run = runScript(
        `exec setpriv --reuid=65534 --regid=65534 --clear-groups node "$CLI" ${shellArgs(args, 'D')}`,
        cliEnv({D: dir, CLI: cli}),
        {cwd: dir},
      );
      expectRefusal(run, `无法写入“${join(dir, name)}”：没有写入权限`);
      expect(snapshotFolder(dir)).toEqual(before);
    },
  );
});
