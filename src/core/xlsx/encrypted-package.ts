// A password-protected .xlsx is not a zip: Office wraps the encrypted package in an OLE compound
// file (as legacy .xls files are), holding the streams EncryptionInfo and EncryptedPackage.

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Whether a compound file holds an encrypted OOXML package: its directory names the stream
 * "EncryptedPackage" (in UTF-16LE). A legacy .xls has a "Workbook" stream instead.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  const name = 'EncryptedPackage';
  const first = name.charCodeAt(0);
  outer: for (let i = 8; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (
        bytes[i + 2 * k] !== name.charCodeAt(k) ||
        bytes[i + 2 * k + 1] !== 0
      ) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}
