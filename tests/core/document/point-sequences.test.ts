// Every combination of three adjacent 层级 (after a 章), built and read back from the printed
// paragraphs: point labels (一是, 二是…) count on across adjacent point rows and restart after
// any other row, a 段内要点 prints inside the paragraph before it, and no paragraph repeats a
// label.

import {buildReport, documentParagraphs} from '../../../src/core/build-report';
import {toChineseNumeral} from '../../../src/core/text/chinese-numerals';
import {LEVELS, type Level} from '../../../src/core/workbook/schema';
import {
  BASIC_SETTINGS,
  dataTab,
  sectionTab,
  settingsTab,
} from '../../helpers/workbook-grids';

const POINTS: readonly Level[] = ['要点', '段内要点'];

const COMBINATIONS: Level[][] = LEVELS.flatMap(a =>
  LEVELS.flatMap(b => LEVELS.map(c => [a, b, c])),
);

function printed(levels: readonly Level[]): string[] {
  const rows = levels.map((level, i) => [level, '', `内容${i}。`] as const);
  const report = buildReport({
    tabs: [
      settingsTab(BASIC_SETTINGS),
      dataTab([]),
      sectionTab('一、举措', [['章', '部分', ''], ...rows]),
    ],
  });
  return documentParagraphs(report.document);
}

/** The label printed right before "内容i" in `paragraph` ("" when none). */
function labelBefore(paragraph: string, i: number): string {
  const at = paragraph.indexOf(`内容${i}。`);
  const m = /([一二三四五六七八九十]+是)$/.exec(paragraph.slice(0, at));
  return m ? m[1] : '';
}

describe('point labels across every combination of three adjacent levels', () => {
  it(`covers ${COMBINATIONS.length} combinations`, () => {
    expect(COMBINATIONS).toHaveLength(LEVELS.length ** 3);
  });

  it.each(COMBINATIONS.map(c => [c.join(' → '), c] as const))(
    '%s',
    (_, levels) => {
      const paragraphs = printed(levels);
      const paragraphOf = (i: number) =>
        paragraphs.findIndex(p => p.includes(`内容${i}。`));
      let run = 0;
      levels.forEach((level, i) => {
        run = POINTS.includes(level) ? run + 1 : 0;
        const p = paragraphOf(i);
        expect(p).toBeGreaterThan(0);
        if (run > 0) {
          expect(labelBefore(paragraphs[p], i)).toBe(
            `${toChineseNumeral(run)}是`,
          );
        } else {
          expect(labelBefore(paragraphs[p], i)).toBe('');
        }
        // After the 章 heading line a 段内要点 has no paragraph to join: it stands alone.
        if (level === '段内要点' && i > 0) {
          expect(p).toBe(paragraphOf(i - 1));
        }
      });
      for (const paragraph of paragraphs) {
        const labels = paragraph.match(/[一二三四五六七八九十]+是/g) ?? [];
        expect(new Set(labels).size).toBe(labels.length);
      }
    },
  );
});
