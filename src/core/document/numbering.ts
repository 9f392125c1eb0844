// Structural numbers computed from 层级: 一、 （一） 1. or 1、 （1） 一是. A level restarts the
// counters of every level below it; 段内要点 is counted by the composer per paragraph.

import {toChineseNumeral} from '../text/chinese-numerals';
import type {ItemStyle, Level} from '../workbook/schema';

type NumberedLevel = '章' | '节' | '条' | '款' | '要点';

const ORDER: readonly NumberedLevel[] = ['章', '节', '条', '款', '要点'];

/** The label of the n-th (1-based) item of a level. */
export function levelLabel(
  level: NumberedLevel,
  n: number,
  itemStyle: ItemStyle,
): string {
  switch (level) {
    case '章':
      return `${toChineseNumeral(n)}、`;
    case '节':
      return `（${toChineseNumeral(n)}）`;
    case '条':
      return itemStyle === '1、' ? `${n}、` : `${n}.`;
    case '款':
      return `（${n}）`;
    case '要点':
      return pointLabel(n);
    default: {
      const unreachable: never = level;
      throw new Error(`unknown level ${String(unreachable)}`);
    }
  }
}

/** 1 → 一是, 12 → 十二是. */
export function pointLabel(n: number): string {
  return `${toChineseNumeral(n)}是`;
}

export interface Numbering {
  /** Counts one more row of `level` and returns its label ("" for 段落 and 段内要点). */
  next(level: Level): string;
}

export function createNumbering(itemStyle: ItemStyle): Numbering {
  const counts = new Map<NumberedLevel, number>();
  return {
    next(level) {
      const depth = ORDER.indexOf(level as NumberedLevel);
      if (depth < 0) return '';
      const numbered = level as NumberedLevel;
      const n = (counts.get(numbered) ?? 0) + 1;
      counts.set(numbered, n);
      for (const lower of ORDER.slice(depth + 1)) counts.delete(lower);
      return levelLabel(numbered, n, itemStyle);
    },
  };
}
