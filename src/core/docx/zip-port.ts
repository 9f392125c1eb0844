// The zip the core asks its caller for, so that the core stays plain ES2019: each adapter
// passes its own (Node and the offline page import fflate; Apps Script loads it on first use).

/**
 * Zips `files` (path → bytes) into one archive, entries in the order given. Equal files give
 * equal bytes: every entry is compressed as ZIP_OPTIONS says, stamped with its fixed time.
 */
export type ZipFiles = (
  files: Readonly<Record<string, Uint8Array>>,
) => Uint8Array;

/** The files of a zip archive as UTF-8 text, by path; throws when `bytes` are not a zip. */
export type UnzipText = (bytes: Uint8Array) => Record<string, string>;

/**
 * How every adapter zips (fflate's zipSync options): Deflate level 6, and one fixed time for
 * every entry rather than the clock, so the same parts always give the same .docx.
 */
export const ZIP_OPTIONS: {readonly level: 6; readonly mtime: Date} = {
  level: 6,
  mtime: new Date(2000, 0, 1),
};
