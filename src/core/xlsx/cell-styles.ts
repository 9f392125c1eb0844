// The number kind of each cell style: the styles part's cellXfs, in order, are what a cell's
// s="n" attribute points at; each names a built-in or custom number format.

import {numberKind, type NumberKind} from './number-formats';
import {scanXml} from './xml-scan';

/** The number kind of every cell style index (cellXfs order). */
export function readCellStyles(xml: string): NumberKind[] {
  const codes = new Map<number, string>();
  const kinds: NumberKind[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    wantsText: false,
    text() {},
    open(name, a, selfClosing) {
      if (name === 'numFmt' && a.numFmtId !== undefined) {
        codes.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'cellXfs' && !selfClosing) {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        kinds.push(numberKind(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return kinds;
}
