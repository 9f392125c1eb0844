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
import {sharedStrings, worksheet, xlsxParts} from '../core/xlsx/xlsx-package';
import {deflateBomb, rawZip} from '../core/xlsx/zip-bytes';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-hostile-'));

function bombFile(): Uint8Array {
  const prefix =
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a';
  const suffix = '</t></si></sst>';
  const size = 200 * 1024 * 1024;
  const parts = xlsxParts({
    sheets: [
      {
        name: '数据',
        xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
      },
    ],
    sharedStrings: sharedStrings(['<si><t>x</t></si>']),
  });
  return rawZip(
    Object.entries(parts).map(([name, data]) =>
      name === 'xl/sharedStrings.xml'
        ? {
            name,
            data: deflateBomb(prefix, size, suffix),
            method: 8,
            declaredSize: prefix.length + size + suffix.length,
          }
        : {name, data, method: 0, declaredSize: data.length},
    ),
  );
}

const CASES: readonly (readonly [string, () => Uint8Array])[] = [
  ['a zip bomb (200 MB in one cell)', bombFile],
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
