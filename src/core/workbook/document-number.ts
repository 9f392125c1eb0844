// 发文字号 as GB/T 9704-2012 7.2.5 writes it: 机关代字〔年份〕序号号 — the full year in 六角括号,
// the sequence number without "第" and without leading zeros ("古街〔2025〕3号").

/** What is wrong with a typed 发文字号, if anything; `year` when it could be read. */
export type DocumentNumberReading =
  | {readonly kind: 'ok'; readonly year: number}
  | {
      readonly kind: 'brackets';
      readonly brackets: string;
      readonly year: number;
    }
  | {readonly kind: 'sequence'; readonly year: number}
  | {readonly kind: 'form'};

const CORRECT = /^(\S+?)〔(\d{4})〕(\d+)号$/u;
/** Any bracket pair around a four-digit year: half-width, full-width, 【】, 〈〉 … */
const ANY_BRACKETS =
  /^(\S+?)([(（[［【〔〈《{｛])\s*(\d{4})\s*([)）\]］】〕〉》}｝])\s*(第?)(\d+)号$/u;

export function readDocumentNumber(text: string): DocumentNumberReading {
  const value = text.trim();
  const correct = CORRECT.exec(value);
  if (correct) {
    const year = Number(correct[2]);
    return /^0/.test(correct[3])
      ? {kind: 'sequence', year}
      : {kind: 'ok', year};
  }
  const loose = ANY_BRACKETS.exec(value);
  if (!loose) return {kind: 'form'};
  const year = Number(loose[3]);
  const brackets = `${loose[2]}${loose[4]}`;
  if (brackets !== '〔〕') return {kind: 'brackets', brackets, year};
  // Only "第" or spaces can be left: the brackets are right.
  return {kind: 'sequence', year};
}
