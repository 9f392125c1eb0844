// Hands bytes to the browser as a download with a chosen file name (no server involved).

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Starts the download of `bytes` as `name`; the object URL is released a minute later. */
export function downloadBytes(
  bytes: Uint8Array,
  name: string,
  mime: string,
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], {type: mime}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
