// What one generation writes to 生成记录 and when: the version is reserved by a 进行中 row before
// anything is uploaded, and that row is completed afterwards, so a version number is never
// reused and every uploaded file has a row. The plans are plain data; the adapter applies them.

/** What a row of the log says about its run. */
export type RunState = 'pending' | 'succeeded' | 'draft' | 'failed' | 'other';

/** One row of 生成记录 as plain data; `state` and `detail` are worded by the adapter. */
export interface RunRow {
  readonly time: string;
  readonly user: string;
  /** "v3"; '' on rows that are not a generation (a PDF export, an early failure). */
  readonly version: string;
  readonly docUrl: string;
  readonly docxUrl: string;
  readonly errors: number;
  readonly warnings: number;
  readonly fingerprint: string;
  readonly state: RunState;
  /** Why a failed run failed; '' otherwise. */
  readonly detail: string;
}

/** Links of the files uploaded so far ('' for one not uploaded). */
export interface SavedFiles {
  readonly docUrl: string;
  readonly docxUrl: string;
}

const VERSION = /^v(\d+)$/;

/**
 * The version the next generation takes: one more than the highest on any row, whatever its
 * state, so a 进行中 or 失败 row keeps its number for good. "v1" for an empty log.
 */
export function nextVersion(rows: readonly Pick<RunRow, 'version'>[]): string {
  let highest = 0;
  for (const row of rows) {
    const match = VERSION.exec(row.version.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `v${highest + 1}`;
}

/** Rows of runs that left a document to open, share or comment on, oldest first. */
export function finishedRuns<T extends Pick<RunRow, 'version' | 'state'>>(
  rows: readonly T[],
): T[] {
  return rows.filter(
    row =>
      row.version !== '' && row.state !== 'pending' && row.state !== 'failed',
  );
}

/** The row written before any upload: the version reserved, no links yet. */
export function reservedRow(
  run: Omit<RunRow, 'version' | 'docUrl' | 'docxUrl' | 'state' | 'detail'>,
  version: string,
): RunRow {
  return {
    ...run,
    version,
    docUrl: '',
    docxUrl: '',
    state: 'pending',
    detail: '',
  };
}

/** The reserved row once both files are uploaded. */
export function completedRow(
  reserved: RunRow,
  saved: SavedFiles,
  draft: boolean,
): RunRow {
  return {...reserved, ...saved, state: draft ? 'draft' : 'succeeded'};
}

/** A step of a generation that can fail after the workbook was read. */
export type GenerationStep = 'reserve' | 'upload' | 'complete';

/**
 * What to do when `step` fails:
 * - 'stop': the reserving write failed; nothing was uploaded and no version was taken.
 * - 'complete-as-failed': an upload (or the folder check) failed; rewrite the reserved row as
 *   失败 with the links of what was uploaded, so every file has its row. Should that write fail
 *   too, the row stays 进行中 and still holds its version.
 * - 'report-links': the completing write failed; the files exist and the row stays 进行中 with
 *   its version; tell the clerk the version and the links.
 */
export type FailurePlan =
  | {readonly kind: 'stop'}
  | {readonly kind: 'complete-as-failed'; readonly row: RunRow}
  | {
      readonly kind: 'report-links';
      readonly version: string;
      readonly saved: SavedFiles;
    };

export function planFailure(
  step: GenerationStep,
  reserved: RunRow,
  saved: SavedFiles,
  detail: string,
): FailurePlan {
  switch (step) {
    case 'reserve':
      return {kind: 'stop'};
    case 'upload':
      return {
        kind: 'complete-as-failed',
        row: {...reserved, ...saved, state: 'failed', detail},
      };
    case 'complete':
      return {kind: 'report-links', version: reserved.version, saved};
    default: {
      const unreachable: never = step;
      throw new Error(`unknown step ${String(unreachable)}`);
    }
  }
}
