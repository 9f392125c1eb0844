// Structural numbers computed from 层级: 一、 （一） 1. or 1、 （1） 一是. A level restarts the
// counters below it; 要点 and 段内要点 share one count, continuous across adjacent point rows.

import {toChineseNumeral} from '../text/chinese-numerals';
import type {ItemNumbering, ItemStyle, Level} from '../workbook/schema';

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
  /** Counts one more row of `level` and returns its label ("" for 段落). */
  next(level: Level): string;
}

export interface NumberingOptions {
  readonly itemStyle: ItemStyle;
  /**
   * How 条 (1.) count: restarting in every 节 (the usual outline) or straight through the 节
   * of one 章 ("1.–9." across （一）–（四）, as some reports number them).
   */
  readonly itemNumbering: ItemNumbering;
}

/**
 * Which counters a row of each level restarts. Points (要点 and 段内要点 alike) count on only
 * across adjacent point rows: any other row between them starts the next run at 一是.
 */
function restartedBy(
  level: Level,
  itemNumbering: ItemNumbering,
): NumberedLevel[] {
  switch (level) {
    case '章':
      return ['节', '条', '款', '要点'];
    case '节':
      return itemNumbering === 'per-chapter'
        ? ['款', '要点']
        : ['条', '款', '要点'];
    case '条':
      return ['款', '要点'];
    case '款':
    case '段落':
      return ['要点'];
    case '要点':
    case '段内要点':
      return [];
    default: {
      const unreachable: never = level;
      throw new Error(`unknown level ${String(unreachable)}`);
    }
  }
}

export function createNumbering(options: NumberingOptions): Numbering {
  const counts = new Map<NumberedLevel, number>();
  return {
    next(level) {
      for (const lower of restartedBy(level, options.itemNumbering)) {
        counts.delete(lower);
      }
      const numbered: NumberedLevel | undefined =
        level === '段内要点' ? '要点' : ORDER.find(l => l === level);
      if (!numbered) return '';
      const n = (counts.get(numbered) ?? 0) + 1;
      counts.set(numbered, n);
      return levelLabel(numbered, n, options.itemStyle);
    },
  };
}
