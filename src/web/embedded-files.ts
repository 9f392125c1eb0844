// The workbooks the page hands out, written at build time by scripts/build-web.mjs (with the
// command line's template writer) and embedded as base64, so the page needs no .xlsx writer.

/** Replaced by the build (esbuild `define`) with the two files' base64 text. */
declare const FAZHI_EMBEDDED_WORKBOOKS: {
  readonly blank: string;
  readonly sample: string;
};

export type EmbeddedWorkbook = keyof typeof FAZHI_EMBEDDED_WORKBOOKS;

/** The bytes of the embedded blank template or sample workbook (.xlsx). */
export function embeddedWorkbook(which: EmbeddedWorkbook): Uint8Array {
  const text = atob(FAZHI_EMBEDDED_WORKBOOKS[which]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
