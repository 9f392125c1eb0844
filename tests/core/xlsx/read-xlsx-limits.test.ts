import {deflateSync, strToU8, zipSync} from 'fflate';
import {readXlsx} from '../../../src/core/xlsx/read-xlsx';
import {XlsxReadError} from '../../../src/core/xlsx/xlsx-error';
import {
  MAX_INFLATED_BYTES,
  MAX_ZIP_ENTRIES,
} from '../../../src/core/xlsx/xlsx-limits';
import {compoundFile} from './compound-file';
import {packageWithStrings} from './hostile-packages';
import {sharedStrings, worksheet, xlsxParts} from './xlsx-package';
import {concat, deflateBomb} from './zip-bytes';

function reasonOf(bytes: Uint8Array): string {
  try {
    readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxReadError) return error.reason;
    throw error;
  }
  return 'read';
}

const BOMB_PREFIX =
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a';
const BOMB_SUFFIX = '</t></si></sst>';
const BOMB_SIZE = 200 * 1024 * 1024;

describe('readXlsx: hostile and huge files', () => {
  it('reads the raw-zip test package when nothing is wrong with it', () => {
    const data = strToU8(sharedStrings(['<si><t>正常</t></si>']));
    const bytes = packageWithStrings(name => ({
      name,
      data: deflateSync(data),
      method: 8,
      declaredSize: data.length,
    }));
    expect(readXlsx(bytes).tabs[0].grid).toEqual([['正常']]);
  });

  it("refuses a zip bomb (a 200 MB cell in about 1 MB) as 'too-large' from its declared size", () => {
    const bomb = deflateBomb(BOMB_PREFIX, BOMB_SIZE, BOMB_SUFFIX);
    const bytes = packageWithStrings(name => ({
      name,
      data: bomb,
      method: 8,
      declaredSize: BOMB_PREFIX.length + BOMB_SIZE + BOMB_SUFFIX.length,
    }));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(reasonOf(bytes)).toBe('too-large');
  });

  it('refuses from the declared sizes alone, before inflating anything', () => {
    // The data is not even deflate: inflating it would fail as damaged ('not-xlsx').
    const bytes = packageWithStrings(name => ({
      name,
      data: new Uint8Array([0xff, 0xff, 0xff]),
      method: 8,
      declaredSize: MAX_INFLATED_BYTES + 1,
    }));
    expect(reasonOf(bytes)).toBe('too-large');
  });

  it('stops inflating a part whose directory lies about its size, past the cap', () => {
    const bomb = deflateBomb(BOMB_PREFIX, BOMB_SIZE, BOMB_SUFFIX);
    const bytes = packageWithStrings(name => ({
      name,
      data: bomb,
      method: 8,
      declaredSize: 100,
    }));
    const before = process.memoryUsage().arrayBuffers;
    expect(reasonOf(bytes)).toBe('too-large');
    // What was inflated before stopping is bounded by the cap, never the 200 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(BOMB_SIZE);
  });

  it.each([10, -10])(
    "refuses a part that inflates to other than its declared size (%d) as 'not-xlsx'",
    difference => {
      const data = strToU8(sharedStrings(['<si><t>短</t></si>']));
      const bytes = packageWithStrings(name => ({
        name,
        data: deflateSync(data),
        method: 8,
        declaredSize: data.length + difference,
      }));
      expect(reasonOf(bytes)).toBe('not-xlsx');
    },
  );

  it('refuses a zip with more entries than MAX_ZIP_ENTRIES', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++)
      files[`f${i}.txt`] = new Uint8Array(0);
    expect(reasonOf(zipSync(files, {level: 0}))).toBe('too-large');
  });

  it('refuses a sheet whose grid would pass ten million cells (one value in XFD1048576)', () => {
    const parts = xlsxParts({
      sheets: [
        {
          name: '数据',
          xml: worksheet(
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
          ),
        },
      ],
    });
    expect(reasonOf(zipSync(parts))).toBe('too-large');
  });

  it('refuses a DOCTYPE, so no entity is ever expanded (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    const parts = xlsxParts({sheets: [{name: '数据', xml: laughs}]});
    expect(reasonOf(zipSync(parts))).toBe('not-xlsx');
  });

  it('refuses an undeclared entity reference', () => {
    const parts = xlsxParts({
      sheets: [
        {
          name: '数据',
          xml: worksheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>&ext;</t></is></c></row>',
          ),
        },
      ],
    });
    expect(reasonOf(zipSync(parts))).toBe('not-xlsx');
  });

  it('refuses overlapping merged ranges as a damaged file', () => {
    const merges =
      '<mergeCells>' + '<mergeCell ref="A1:C3"/>'.repeat(50) + '</mergeCells>';
    const rows = '<row r="3"><c r="C3"><v>1</v></c></row>';
    const parts = xlsxParts({
      sheets: [{name: '数据', xml: worksheet(rows, merges)}],
    });
    expect(reasonOf(zipSync(parts))).toBe('not-xlsx');
  });

  it("refuses what is not a workbook as 'not-xlsx'", () => {
    const good = zipSync(
      xlsxParts({
        sheets: [
          {
            name: '数据',
            xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
          },
        ],
      }),
    );
    expect(reasonOf(new Uint8Array(0))).toBe('not-xlsx');
    expect(reasonOf(strToU8('指标,数值\n受理案件,120\n'))).toBe('not-xlsx');
    expect(reasonOf(zipSync({'readme.txt': strToU8('x')}))).toBe('not-xlsx');
    expect(reasonOf(good.subarray(0, good.length >> 1))).toBe('not-xlsx');
    expect(reasonOf(concat([good.subarray(0, 40), new Uint8Array(100)]))).toBe(
      'not-xlsx',
    );
  });

  it("says 'encrypted' for a password-protected workbook (EncryptedPackage in a compound file)", () => {
    const encrypted = compoundFile({
      EncryptionInfo: new Uint8Array(200).fill(4),
      EncryptedPackage: new Uint8Array(5000).fill(7),
    });
    expect(reasonOf(encrypted)).toBe('encrypted');
  });

  it("says 'not-xlsx' for a compound file without an encrypted package (a legacy .xls)", () => {
    const xls = compoundFile({Workbook: new Uint8Array(300).fill(9)});
    expect(reasonOf(xls)).toBe('not-xlsx');
  });

  it("says 'encrypted' for a zip whose entries are encrypted", () => {
    const zip = zipSync(
      xlsxParts({sheets: [{name: '数据', xml: worksheet('')}]}),
      {level: 0},
    );
    // Set bit 0 (encrypted) of the general-purpose flags of the first directory entry.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.length);
    for (let at = zip.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x06054b50) {
        const directory = view.getUint32(at + 16, true);
        zip[directory + 8] |= 1;
        break;
      }
    }
    expect(reasonOf(zip)).toBe('encrypted');
  });
});
