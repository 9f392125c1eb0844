// The Apps Script build: top-level functions with JSDoc, and the checks that make it fail.

import {spawnSync} from 'child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import vm from 'vm';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-build-'));

function buildWith(entrySource: string, handlers: readonly string[]) {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.ts`);
  const menu = join(dir, `menu-${Math.random().toString(36).slice(2)}.ts`);
  const outdir = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  writeFileSync(entry, entrySource);
  writeFileSync(
    menu,
    `export function menuHandlerNames(): string[] { return ${JSON.stringify(handlers)}; }\n`,
  );
  const run = spawnSync(
    process.execPath,
    [
      'scripts/build-apps-script.mjs',
      '--entry',
      entry,
      '--handlers',
      menu,
      '--outdir',
      outdir,
    ],
    {encoding: 'utf8'},
  );
  return {status: run.status, stderr: run.stderr, outdir};
}

const GOOD = `
/**
 * Says hello.
 */
export function hello(): string {
  return 'hi';
}

/**
 * Doubles a number in a cell.
 * @param {number} value the number
 * @customfunction
 */
export function FZ_DOUBLE(value: number): number {
  return value * 2;
}
`;

describe('scripts/build-apps-script.mjs', () => {
  it('appends a top-level function with its JSDoc for every exported entry', () => {
    const result = buildWith(GOOD, ['hello']);
    expect(result.status).toBe(0);
    const code = readFileSync(join(result.outdir, 'Code.js'), 'utf8');
    expect(code).toContain('@customfunction');
    expect(code).toMatch(
      /\* Doubles a number in a cell\.[\s\S]*?\*\/\nfunction FZ_DOUBLE\(value\) \{/,
    );
    const context: Record<string, unknown> = {};
    vm.runInNewContext(code, context);
    expect((context.FZ_DOUBLE as (n: number) => number)(21)).toBe(42);
    expect((context.hello as () => string)()).toBe('hi');
  });

  it('copies the manifest next to Code.js', () => {
    const result = buildWith(GOOD, []);
    const manifest = JSON.parse(
      readFileSync(join(result.outdir, 'appsscript.json'), 'utf8'),
    );
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('fails when a menu handler is not an exported entry', () => {
    const result = buildWith(GOOD, ['hello', 'missingHandler']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('menu handler missingHandler');
  });

  it('fails when an entry name ends with an underscore', () => {
    const result = buildWith(
      '/** Hidden. */\nexport function hidden_(): void {}\n',
      [],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('hidden_');
  });

  it('fails when an entry has no JSDoc', () => {
    const result = buildWith('export function bare(): void {}\n', []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bare has no JSDoc');
  });

  it('fails when a custom function lacks @customfunction', () => {
    const result = buildWith(
      '/** Adds one. */\nexport function FZ_ONE(x: number): number { return x + 1; }\n',
      [],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('FZ_ONE lacks @customfunction');
  });

  it('fails when the bundle reaches for a Node API', () => {
    const result = buildWith(
      '/** Reads. */\nexport function reads(): unknown { return Buffer.from("x"); }\n',
      [],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Buffer');
  });
});
