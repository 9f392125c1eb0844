// The zip container of an .xlsx: its central directory, and inflating one entry within a byte
// budget, so a zip bomb is refused from its declared sizes and stopped if those sizes lie.

import {Inflate, inflateSync, strFromU8} from 'fflate';
import {malformed, XlsxReadError} from './xlsx-error';
import {MAX_ZIP_ENTRIES} from './xlsx-limits';

export interface ZipEntry {
  /** The part name as stored, with "/" separators and no leading "/". */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** What the directory declares; checked again while inflating. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
/** Compressed bytes handed to the inflater at a time: bounds what one step can produce (~16 MB). */
const INFLATE_STEP = 16 * 1024;
/** Deflate's largest expansion: 258 bytes from one length code of 2 bits or so, about 1032:1. */
const MAX_DEFLATE_RATIO = 1032;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) =>
  (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number) =>
  u32(b, at) + u32(b, at + 4) * 0x100000000;

/** Whether `bytes` start like a zip (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_HEADER;
}

/** The entries of the central directory, by lower-case name (OPC part names ignore case). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const end = findEndOfDirectory(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) {
      malformed('zip64 end record without locator');
    }
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_END) {
      malformed('bad zip64 end record');
    }
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new XlsxReadError('too-large', `${count} zip entries`);
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== DIRECTORY_ENTRY) {
      malformed('truncated zip directory');
    }
    const entry = directoryEntry(bytes, offset);
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    offset +=
      46 +
      u16(bytes, offset + 28) +
      u16(bytes, offset + 30) +
      u16(bytes, offset + 32);
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return malformed('no zip directory');
}

function directoryEntry(bytes: Uint8Array, at: number): ZipEntry {
  const flags = u16(bytes, at + 8);
  if (flags & 1) throw new XlsxReadError('encrypted', 'encrypted zip entry');
  const nameLength = u16(bytes, at + 28);
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  let compressedSize = u32(bytes, at + 20);
  let size = u32(bytes, at + 24);
  let localHeaderOffset = u32(bytes, at + 42);
  // Zip64: each field that does not fit holds 0xFFFFFFFF and moves to the extra field, in order.
  const extraStart = at + 46 + nameLength;
  const extraEnd = extraStart + u16(bytes, at + 30);
  for (let x = extraStart; x + 4 <= extraEnd; x += 4 + u16(bytes, x + 2)) {
    if (u16(bytes, x) !== ZIP64_EXTRA) continue;
    let field = x + 4;
    const next = () => {
      const value = u64(bytes, field);
      field += 8;
      return value;
    };
    if (size === 0xffffffff) size = next();
    if (compressedSize === 0xffffffff) compressedSize = next();
    if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
  }
  return {
    name: decodeName(nameBytes, (flags & 0x800) !== 0)
      .replace(/\\/g, '/')
      .replace(/^\/+/, ''),
    method: u16(bytes, at + 10),
    compressedSize,
    size,
    localHeaderOffset,
  };
}

/** Part names are ASCII in practice; UTF-8 when flagged, else each byte as one character. */
function decodeName(bytes: Uint8Array, utf8: boolean): string {
  try {
    return strFromU8(bytes, !utf8);
  } catch {
    return strFromU8(bytes, true);
  }
}

/**
 * The inflated bytes of `entry`, refusing with 'too-large' as soon as more than `budget` bytes
 * come out, and with 'not-xlsx' when the result differs from the declared size or the data is
 * damaged.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) {
    malformed(`no local header for ${entry.name}`);
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) {
    malformed(`truncated data of ${entry.name}`);
  }
  if (entry.size > budget) {
    throw new XlsxReadError(
      'too-large',
      `${entry.name} declares ${entry.size} bytes`,
    );
  }
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else if (entry.method === 8) {
    out =
      data.length * MAX_DEFLATE_RATIO <= budget
        ? inflateSmall(data, entry)
        : inflateWithin(data, budget, entry.name);
  } else {
    return malformed(`compression method ${entry.method} of ${entry.name}`);
  }
  if (out.length !== entry.size) {
    malformed(
      `${entry.name} inflates to ${out.length}, not ${entry.size} bytes`,
    );
  }
  return out;
}

/**
 * A part too small to pass the budget whatever it holds, in one call: into a buffer one byte
 * longer than declared, so that a part longer than it says still shows (and is refused).
 */
function inflateSmall(data: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    return inflateSync(data, {out: new Uint8Array(entry.size + 1)});
  } catch {
    return malformed(`damaged deflate data in ${entry.name}`);
  }
}

function inflateWithin(
  data: Uint8Array,
  budget: number,
  name: string,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate(chunk => {
    total += chunk.length;
    if (total > budget) {
      throw new XlsxReadError(
        'too-large',
        `${name} inflates past ${budget} bytes`,
      );
    }
    if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length || i === 0; i += INFLATE_STEP) {
      const last = i + INFLATE_STEP >= data.length;
      inflater.push(data.subarray(i, i + INFLATE_STEP), last);
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    malformed(`damaged deflate data in ${name}`);
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
