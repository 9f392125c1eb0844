// Cutting a text to what one cell holds, with a marker naming its full length.

import {fitCellText, MAX_CELL_CHARS} from '../../../src/core/review/fit-cell';

const marker = (total: number) => `…（共${total}字）`;

describe('fitCellText', () => {
  it('leaves a text that fits alone, up to the limit itself', () => {
    expect(fitCellText('短', marker)).toBe('短');
    const full = 'x'.repeat(MAX_CELL_CHARS);
    expect(fitCellText(full, marker)).toBe(full);
  });

  it('cuts a longer text to the limit, ending with the marker and the full length', () => {
    const text = '回'.repeat(MAX_CELL_CHARS + 1234);
    const cut = fitCellText(text, marker);
    expect(cut.length).toBe(MAX_CELL_CHARS);
    expect(cut.endsWith(`…（共${MAX_CELL_CHARS + 1234}字）`)).toBe(true);
    expect(text.startsWith(cut.slice(0, -marker(0).length - 10))).toBe(true);
  });

  it('never leaves half of a surrogate pair before the marker', () => {
    const text = '😀'.repeat(30);
    const cut = fitCellText(text, () => '…', 12);
    expect(cut).toBe('😀'.repeat(5) + '…');
    expect(fitCellText('a😀😀😀😀😀😀', () => '…', 5)).toBe('a😀…');
  });
});
