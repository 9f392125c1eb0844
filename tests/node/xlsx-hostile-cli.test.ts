// Hostile workbooks through the command line: a zip bomb, an encrypted workbook and an entity
// attack each end with exit code 2 (input unusable, as the README lists), a message and no
// stack trace, and leave the file byte-identical.

import {mkdtempSync, readFileSync, writeFileSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {zipSync} from 'fflate';
import {runCli} from '../../src/node/cli';
import {captureConsole} from '../helpers/capture-console';
import {compoundFile} from '../core/xlsx/compound-file';
import {sharedStringsBomb} from '../core/xlsx/hostile-packages';
import {xlsxParts} from '../core/xlsx/xlsx-package';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-hostile-'));

const CASES: readonly (readonly [string, () => Uint8Array])[] = [
  ['a zip bomb (200 MB in one cell)', sharedStringsBomb],
  [
    'a password-protected workbook',
    () =>
      compoundFile({
        EncryptionInfo: new Uint8Array(100),
        EncryptedPackage: new Uint8Array(5000),
      }),
  ],
  [
    'a DOCTYPE with entities',
    () =>
      zipSync(
        xlsxParts({
          sheets: [
            {
              name: '数据',
              xml: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>',
            },
          ],
        }),
      ),
  ],
];

describe.each(CASES)('fazhi-report on %s', (label, make) => {
  const path = join(dir, `${label.length}.xlsx`);
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = make();
    writeFileSync(path, bytes);
  });

  it.each([['validate'], ['build']])(
    '%s exits with 2 and a message, no stack trace, and leaves the file as it was',
    async command => {
      const out = captureConsole();
      const args =
        command === 'build'
          ? ['build', path, '-o', join(dir, 'report.docx')]
          : [command, path];
      expect(await runCli(args, out)).toBe(2);
      expect(out.stderr.join('\n')).toContain(path);
      expect(out.stderr.join('\n')).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
      expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
    },
  );
});
