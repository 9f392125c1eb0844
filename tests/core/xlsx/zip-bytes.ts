// Test helper: zip files byte by byte, with sizes the directory declares chosen by the test
// (honest or lying), and deflate streams that inflate to far more than they take (zip bombs).

import {strToU8} from 'fflate';

export interface RawEntry {
  readonly name: string;
  /** The bytes as stored in the zip (already deflated when method is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The uncompressed size written in the headers. */
  readonly declaredSize: number;
}

/** A zip with one local header per entry and a central directory, CRCs left 0 (not checked). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = header(30 + name.length, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, entry.method],
      [18, 4, entry.data.length],
      [22, 4, entry.declaredSize],
      [26, 2, name.length],
    ]);
    local.set(name, 30);
    const central = header(46 + name.length, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, entry.method],
      [20, 4, entry.data.length],
      [24, 4, entry.declaredSize],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    central.set(name, 46);
    chunks.push(local, entry.data);
    directory.push(central);
    offset += local.length + entry.data.length;
  }
  const size = directory.reduce((n, d) => n + d.length, 0);
  const end = header(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, size],
    [16, 4, offset],
  ]);
  return concat([...chunks, ...directory, end]);
}

function header(
  length: number,
  fields: readonly (readonly [number, 2 | 4, number])[],
): Uint8Array {
  const bytes = new Uint8Array(length);
  for (const [at, width, value] of fields) {
    for (let i = 0; i < width; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
  }
  return bytes;
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A raw deflate stream (one fixed-Huffman block) of `prefix`, then `repeat` copies of the
 * prefix's last byte, then `suffix`: about 13 bits per 258 repeated bytes, so 200 MB of "a"
 * inside a cell takes about 1.3 MB.
 */
export function deflateBomb(
  prefix: string,
  repeat: number,
  suffix: string,
): Uint8Array {
  const bits = new BitWriter();
  bits.write(1, 1); // BFINAL
  bits.write(1, 2); // BTYPE 01: fixed Huffman codes
  const head = strToU8(prefix);
  head.forEach(b => bits.literal(b));
  let left = repeat;
  while (left >= 3) {
    const length = Math.min(258, left);
    bits.length(length);
    bits.code(0, 5); // distance 1
    left -= length;
  }
  for (; left > 0; left--) bits.literal(head[head.length - 1]);
  strToU8(suffix).forEach(b => bits.literal(b));
  bits.code(0, 7); // end of block (symbol 256)
  return bits.bytes();
}

class BitWriter {
  private readonly out: number[] = [];
  private current = 0;
  private used = 0;

  /** `count` bits of `value`, least significant first (header fields, extra bits). */
  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
  }

  /** A Huffman code, most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  literal(byte: number): void {
    if (byte < 144) this.code(0x30 + byte, 8);
    else this.code(0x190 + byte - 144, 9);
  }

  /** A match length 3–258 with the fixed code table (RFC 1951 §3.2.5). */
  length(n: number): void {
    if (n === 258) return this.code(0xc5, 8); // symbol 285
    const bases = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
      67, 83, 99, 115, 131, 163, 195, 227,
    ];
    const extra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5,
      5, 5, 5,
    ];
    let i = bases.length - 1;
    while (bases[i] > n) i--;
    const symbol = 257 + i;
    if (symbol < 280) this.code(symbol - 256, 7);
    else this.code(0xc0 + symbol - 280, 8);
    this.write(n - bases[i], extra[i]);
  }

  private bit(b: number): void {
    this.current |= b << this.used;
    if (++this.used === 8) {
      this.out.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }

  bytes(): Uint8Array {
    return Uint8Array.from(
      this.used > 0 ? [...this.out, this.current] : this.out,
    );
  }
}
