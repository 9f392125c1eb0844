// Marks on cells with findings: a note and a background colour. The clerk's own note and colour
// are kept inside the mark's note, so clearing restores exactly what was there, and the marks
// travel with the cell. Pure: grids of notes and colours in, grids out.

import type {Finding, Severity} from '../core/findings/finding';
import {findingMessage, SEVERITY_LABEL} from '../core/findings/messages';

export const MARK_PREFIX = '【校验】';
const ORIGINAL_NOTE_HEADER = '—— 原批注 ——';
const ORIGINAL_BACKGROUND = /^【原底色】(#[0-9a-fA-F]{6})$/;
export const DEFAULT_BACKGROUND = '#ffffff';

const MARK_COLOUR: Readonly<Record<Severity, string>> = {
  error: '#f4cccc',
  warning: '#fce8b2',
  info: '#dbe8fb',
};
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface CellLook {
  readonly note: string;
  /** null: the default (no fill). */
  readonly background: string | null;
}

/** The clerk's own look of a cell, taking any mark off. */
export function clerkLook(note: string, background: string): CellLook {
  const own =
    background.toLowerCase() === DEFAULT_BACKGROUND ? null : background;
  if (!note.startsWith(MARK_PREFIX)) return {note, background: own};
  const lines = note.split('\n');
  const header = lines.indexOf(ORIGINAL_NOTE_HEADER);
  if (header < 0) return {note: '', background: null};
  const kept = lines.slice(header + 1);
  const colour = ORIGINAL_BACKGROUND.exec(kept[kept.length - 1] ?? '');
  if (colour) kept.pop();
  return {note: kept.join('\n'), background: colour ? colour[1] : null};
}

/** The look of a cell marked with `findings`, over the clerk's own look. */
export function markedLook(
  own: CellLook,
  findings: readonly Finding[],
): CellLook {
  const sorted = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  const lines = sorted.map(
    f => `${MARK_PREFIX}${SEVERITY_LABEL[f.severity]}：${findingMessage(f)}`,
  );
  if (own.note !== '' || own.background !== null) {
    lines.push(ORIGINAL_NOTE_HEADER);
    if (own.note !== '') lines.push(own.note);
    if (own.background !== null) lines.push(`【原底色】${own.background}`);
  }
  return {note: lines.join('\n'), background: MARK_COLOUR[sorted[0].severity]};
}

export interface MarkedArea {
  readonly notes: string[][];
  readonly backgrounds: (string | null)[][];
  /** Rows and columns (0-based, inclusive) of the cells that change; undefined if none. */
  readonly changed?: {top: number; left: number; bottom: number; right: number};
  readonly marked: number;
  /** Cells whose old mark is gone. */
  readonly cleared: number;
}

/**
 * Recomputes an area's notes and colours: every cell loses its old mark, and cells with
 * findings (by 0-based row and column within the area) get a new one.
 */
export function remarkArea(
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  findingsAt: (row: number, column: number) => readonly Finding[],
): MarkedArea {
  let changed: MarkedArea['changed'];
  let marked = 0;
  let cleared = 0;
  const newBackgrounds: (string | null)[][] = [];
  const newNotes = notes.map((row, r) => {
    newBackgrounds.push([]);
    return row.map((note, c) => {
      const background = backgrounds[r][c];
      const own = clerkLook(note, background);
      const findings = findingsAt(r, c);
      const look = findings.length > 0 ? markedLook(own, findings) : own;
      if (findings.length > 0) marked += 1;
      else if (note.startsWith(MARK_PREFIX)) cleared += 1;
      const sameColour =
        (look.background ?? DEFAULT_BACKGROUND).toLowerCase() ===
        background.toLowerCase();
      if (look.note !== note || !sameColour) {
        changed = changed
          ? {
              top: Math.min(changed.top, r),
              left: Math.min(changed.left, c),
              bottom: Math.max(changed.bottom, r),
              right: Math.max(changed.right, c),
            }
          : {top: r, left: c, bottom: r, right: c};
      }
      newBackgrounds[r].push(
        sameColour ? keepColour(background) : look.background,
      );
      return look.note;
    });
  });
  return {
    notes: newNotes,
    backgrounds: newBackgrounds,
    changed,
    marked,
    cleared,
  };
}

/** A colour written back unchanged; the default is written as null (no fill), as it was. */
function keepColour(background: string): string | null {
  return background.toLowerCase() === DEFAULT_BACKGROUND ? null : background;
}
