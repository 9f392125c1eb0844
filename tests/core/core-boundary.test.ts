// The core is plain ES2019: tsconfig.core.json gives it no Node, DOM or Apps Script types, and
// this keeps the ways around that out: an ambient `declare` of a global, require, import().

import {readdirSync, readFileSync} from 'fs';
import {join, relative} from 'path';

const CORE = join(__dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(entry =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Lines that reach a global the core's types do not have, as "path:line: text". */
function escapes(pattern: RegExp): string[] {
  return sourceFiles(CORE).flatMap(file =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({line, i}))
      .filter(({line}) => pattern.test(line))
      .map(({line, i}) => `${relative(CORE, file)}:${i + 1}: ${line.trim()}`),
  );
}

describe('the core', () => {
  it('reads its source files', () => {
    expect(sourceFiles(CORE).length).toBeGreaterThan(50);
  });

  it('declares no ambient global (declare const require, declare var window, …)', () => {
    expect(
      escapes(/^\s*(export\s+)?declare\s+(const|let|var|function|global)\b/),
    ).toEqual([]);
  });

  it('calls neither require nor import(): its dependencies are ES imports', () => {
    expect(escapes(/(^|[^\w.])(require|import)\s*\(/)).toEqual([]);
  });
});
