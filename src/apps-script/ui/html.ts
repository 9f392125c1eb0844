// HTML for dialogs: everything from a cell or a setting is escaped before it reaches a page.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, ch => ESCAPES[ch]);
}

/** Only http(s) links are rendered as links; anything else becomes "#". */
export function safeUrl(url: string): string {
  return /^https:\/\//.test(url) ? url : '#';
}

export function linkHtml(url: string, label: string): string {
  return `<a href="${escapeHtml(safeUrl(url))}" target="_blank" rel="noopener">${escapeHtml(label)}</a>`;
}

/** A small page with the product's plain style. */
export function pageHtml(body: string): string {
  return `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>body{font-family:"Noto Sans SC",sans-serif;font-size:14px;line-height:1.7;margin:12px}a{color:#1a57b0}</style></head><body>${body}</body></html>`;
}
