// 自检's comparison: the facts of a .docx, and what a round trip kept or changed.

import {
  compareRoundTrip,
  docxFacts,
  packDocx,
  renderDocxParts,
  selfCheckDocument,
} from '../../../src/core';
import {unzipForTests, zipForTests} from '../../helpers/zip-port';

const sentBytes = () =>
  packDocx(renderDocxParts(selfCheckDocument(), '公文'), zipForTests);
const factsOf = (bytes: Uint8Array) => docxFacts(bytes, unzipForTests);

describe('docxFacts', () => {
  it('reads the 公文 layout of the test document', () => {
    const facts = factsOf(sentBytes());
    expect(facts.pageSize).toEqual({width: 11906, height: 16838});
    expect(facts.margins).toEqual({
      top: 2098,
      right: 1474,
      bottom: 1984,
      left: 1588,
    });
    expect(facts.eastAsiaFonts).toEqual(
      expect.arrayContaining([
        '仿宋_GB2312',
        '黑体',
        '楷体_GB2312',
        '方正小标宋简体',
      ]),
    );
    expect(facts.lineSpacing).toBe('579 exact');
    expect(facts.gridPitch).toBe(579);
    expect(facts.characterSpacing).toBe(true);
    expect(facts.evenAndOddFooters).toBe(true);
    expect(facts.footers).toBeGreaterThanOrEqual(2);
    expect(facts.pageNumberField).toBe(true);
  });
});

describe('compareRoundTrip', () => {
  it('keeps everything when the same facts come back', () => {
    const facts = factsOf(sentBytes());
    expect(compareRoundTrip(facts, facts).every(l => l.kept)).toBe(true);
  });

  it('names each change: grid, character spacing and fonts lost, margins rounded within 0.5 mm kept', () => {
    const sent = factsOf(sentBytes());
    const back = {
      ...sent,
      margins: {...sent.margins!, top: sent.margins!.top + 10},
      gridPitch: undefined,
      characterSpacing: false,
      eastAsiaFonts: ['Arial'],
    };
    const changed = compareRoundTrip(sent, back)
      .filter(l => !l.kept)
      .map(l => l.item);
    expect(changed).toEqual(['fonts', 'line-grid', 'character-spacing']);
    const margins = compareRoundTrip(sent, back).find(
      l => l.item === 'margins',
    );
    expect(margins?.sent).toBe('上 37.0 下 35.0 左 28.0 右 26.0 mm');
  });
});
