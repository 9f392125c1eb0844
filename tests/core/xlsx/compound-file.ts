// Test helper: a minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding named
// streams, the container Office uses for a password-protected .xlsx (EncryptionInfo and
// EncryptedPackage) and for a legacy .xls (Workbook). Streams are padded to 4096 bytes so that
// none goes to the mini stream.

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function compoundFile(
  streams: Readonly<Record<string, Uint8Array>>,
): Uint8Array {
  const names = Object.keys(streams);
  const sizes = names.map(n => Math.max(4096, streams[n].length));
  const sectorsOf = (size: number) => Math.ceil(size / SECTOR);
  const total = 2 + sizes.reduce((n, s) => n + sectorsOf(s), 0); // FAT, directory, data
  if (total > SECTOR / 4 || names.length > 3)
    throw new Error('too big for this helper');
  const bytes = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(bytes.buffer);
  // Header.
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach(
    (b, i) => (bytes[i] = b),
  );
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory starts at sector 1
  view.setUint32(56, 4096, true);
  view.setUint32(60, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(68, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + 4 * i, FREE, true);
  // FAT (sector 0, at file offset 512).
  const fat = (index: number, next: number) =>
    view.setUint32(SECTOR + 4 * index, next, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, FAT_SECTOR);
  fat(1, END_OF_CHAIN);
  // Directory (sector 1): root, then one entry per stream as a right-leaning chain.
  const entry = (
    index: number,
    name: string,
    type: number,
    start: number,
    size: number,
    child: number,
    right: number,
  ) => {
    const at = SECTOR * 2 + 128 * index;
    for (let i = 0; i < name.length; i++)
      view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    bytes[at + 66] = type;
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  for (let i = 0; i < 4; i++)
    view.setUint32(SECTOR * 2 + 128 * i + 68, FREE, true);
  entry(0, 'Root Entry', 5, END_OF_CHAIN, 0, names.length > 0 ? 1 : FREE, FREE);
  let sector = 2;
  names.forEach((name, i) => {
    const count = sectorsOf(sizes[i]);
    entry(
      i + 1,
      name,
      2,
      sector,
      sizes[i],
      FREE,
      i + 1 < names.length ? i + 2 : FREE,
    );
    bytes.set(streams[name], SECTOR * (1 + sector));
    for (let k = 0; k < count; k++)
      fat(sector + k, k + 1 < count ? sector + k + 1 : END_OF_CHAIN);
    sector += count;
  });
  return bytes;
}
