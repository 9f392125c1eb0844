// Marks on cells with findings: script lines in the note (see mark-note.ts) and a background
// colour. Whatever the clerk wrote in the note, before, after or between the script's lines, is
// kept, and so is the clerk's own fill. Pure: grids of notes and colours in, grids out.

import {
  type Finding,
  findingMessage,
  type Severity,
  SEVERITY_LABEL,
} from '../../core';
import {
  clerkNote,
  keptBackgroundLine,
  readMarkNote,
  scriptLine,
  writeMarkNote,
  type MarkNote,
} from './mark-note';

export const DEFAULT_BACKGROUND = '#ffffff';

const MARK_COLOUR: Readonly<Record<Severity, string>> = {
  error: '#f4cccc',
  warning: '#fce8b2',
  info: '#dbe8fb',
};
const MARK_COLOURS = new Set(Object.values(MARK_COLOUR));
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface CellLook {
  readonly note: string;
  /** null: the default (no fill). */
  readonly background: string | null;
}

/** A cell's note taken apart, with the clerk's own fill (null: none). */
interface ClerkCell {
  readonly note: MarkNote;
  readonly background: string | null;
}

function readCell(note: string, background: string): ClerkCell {
  const parts = readMarkNote(note);
  const colour = background.toLowerCase();
  const wearsMark = parts.marked && MARK_COLOURS.has(colour);
  const own = wearsMark
    ? parts.keptBackground
    : colour === DEFAULT_BACKGROUND
      ? null
      : background;
  return {note: parts, background: own};
}

/**
 * The clerk's own look of a cell, taking any mark off. A marked cell still wearing a mark colour
 * gets back the fill the mark kept; one the clerk recoloured keeps the clerk's colour.
 */
export function clerkLook(note: string, background: string): CellLook {
  const cell = readCell(note, background);
  return {note: clerkNote(cell.note), background: cell.background};
}

/** The look of a cell marked with `findings`, over the clerk's own look. */
export function markedLook(
  own: CellLook,
  findings: readonly Finding[],
): CellLook {
  return markCell(
    {note: readMarkNote(own.note), background: own.background},
    findings,
  );
}

function markCell(own: ClerkCell, findings: readonly Finding[]): CellLook {
  const sorted = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  const lines = sorted.map(f =>
    scriptLine(`${SEVERITY_LABEL[f.severity]}：${findingMessage(f)}`),
  );
  if (own.background !== null) lines.push(keptBackgroundLine(own.background));
  return {
    note: writeMarkNote(own.note, lines),
    background: MARK_COLOUR[sorted[0].severity],
  };
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
      const own = readCell(note, background);
      const findings = findingsAt(r, c);
      const look =
        findings.length > 0
          ? markCell(own, findings)
          : {note: clerkNote(own.note), background: own.background};
      if (findings.length > 0) marked += 1;
      else if (own.note.marked) cleared += 1;
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
