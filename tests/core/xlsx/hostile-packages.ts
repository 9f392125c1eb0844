// Hostile .xlsx packages built in memory, shared by the reader's, the command line's and the
// offline page's tests: a one-sheet workbook whose shared-strings part is replaced at will.

import {sharedStrings, worksheet, xlsxParts} from './xlsx-package';
import {deflateBomb, rawZip, type RawEntry} from './zip-bytes';

/** A one-sheet package whose only cell is shared string 0, with the strings part from `entry`. */
export function packageWithStrings(
  entry: (name: string) => RawEntry,
): Uint8Array {
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
        ? entry(name)
        : {name, data, method: 0, declaredSize: data.length},
    ),
  );
}

/** A zip bomb: a shared string that declares and inflates to `size` bytes (200 MB by default). */
export function sharedStringsBomb(size = 200 * 1024 * 1024): Uint8Array {
  const prefix =
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a';
  const suffix = '</t></si></sst>';
  return packageWithStrings(name => ({
    name,
    data: deflateBomb(prefix, size, suffix),
    method: 8,
    declaredSize: prefix.length + size + suffix.length,
  }));
}
