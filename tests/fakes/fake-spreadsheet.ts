// Fake of the bound Spreadsheet: ordered tabs, toasts and the time zone, plus fakeSpreadsheet()
// to build one from seed rows for a test. Seeding and snapshots are not service calls.

import type {
  SheetPort,
  SpreadsheetPort,
} from '../../src/apps-script/services/ports';
import {CallLog} from './call-log';
import {FakeSheet} from './fake-sheet';
import {SheetSnapshot, snapshotSheet} from './sheet-snapshot';

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** One tab to seed: values as getValues would return them (see FakeSheet.seed). */
export interface TabSeed {
  readonly name: string;
  readonly rows?: readonly (readonly unknown[])[];
  /** Number formats aligned with `rows`, e.g. '0.0%'; null keeps the default. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly maxRows?: number;
  readonly maxColumns?: number;
}

export interface FakeSpreadsheetOptions {
  readonly tabs?: readonly TabSeed[];
  readonly timeZone?: string;
  /** Shares a call log with other fakes; a new one is made when absent. */
  readonly calls?: CallLog;
}

export class FakeSpreadsheet implements SpreadsheetPort {
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet | undefined;
  /** Every toast shown, oldest first. */
  readonly toasts: Toast[] = [];

  constructor(
    readonly calls: CallLog,
    private readonly timeZone = 'Asia/Shanghai',
  ) {}

  getSheets(): FakeSheet[] {
    this.calls.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  /**
   * null when there is no such tab. Sheets treats tab names case-insensitively (it refuses
   * 'data' next to 'Data'), and the lookup here does the same.
   */
  getSheetByName(name: string): FakeSheet | null {
    this.calls.record('Spreadsheet.getSheetByName');
    return this.find(name) ?? null;
  }

  /**
   * Inserts at 0-based `sheetIndex` in getSheets() order; a taken name throws as in Sheets.
   * With {template}, the new sheet is a copy of that sheet of this spreadsheet (the fake refuses
   * a sheet of another one, which the reference does not promise to accept).
   */
  insertSheet(
    sheetName: string,
    sheetIndex: number,
    options: {template?: SheetPort} = {},
  ): FakeSheet {
    this.calls.record('Spreadsheet.insertSheet');
    if (
      !Number.isInteger(sheetIndex) ||
      sheetIndex < 0 ||
      sheetIndex > this.sheets.length
    )
      throw new Error(`fake Sheets: sheet index ${sheetIndex} is out of range`);
    const template = options.template;
    if (template !== undefined && !this.sheets.some(s => s === template))
      throw new Error(
        'fake Sheets: the template is not a sheet of this spreadsheet',
      );
    const sheet =
      template === undefined
        ? new FakeSheet(sheetName, this.calls)
        : FakeSheet.copyOf(template as FakeSheet, sheetName, this.calls);
    return this.add(sheet, sheetIndex);
  }

  toast(msg: string, title: string, timeoutSeconds: number): void {
    this.calls.record('Spreadsheet.toast');
    this.toasts.push({message: msg, title, timeoutSeconds});
  }

  getSpreadsheetTimeZone(): string {
    this.calls.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  // Test helpers below: none of them is a service call.

  /** Adds a seeded tab at the end. */
  seedTab(tab: TabSeed): FakeSheet {
    const sheet = new FakeSheet(
      tab.name,
      this.calls,
      tab.maxRows,
      tab.maxColumns,
    );
    sheet.seed(tab.rows ?? []).seedNumberFormats(tab.numberFormats ?? []);
    return this.add(sheet, this.sheets.length);
  }

  /** The tab named `name`; throws when missing, so a test typo fails loudly. */
  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`fake Sheets: no tab named ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map(sheet => sheet.title);
  }

  /** Every tab's values, formulas and formats, in tab order. */
  snapshot(): SheetSnapshot[] {
    return this.sheets.map(snapshotSheet);
  }

  /** The sheet last activated, else the first. */
  getActiveSheet(): FakeSheet {
    this.calls.record('Spreadsheet.getActiveSheet');
    const active = this.active ?? this.sheets[0];
    if (!active)
      throw new Error('fake Sheets: a spreadsheet has at least one sheet');
    return active;
  }

  /** Not a service call: what a test does when the clerk switches tabs. */
  activate(name: string): FakeSheet {
    this.active = this.sheet(name);
    return this.active;
  }

  private find(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find(sheet => sheet.title.toLowerCase() === wanted);
  }

  private add(sheet: FakeSheet, index: number): FakeSheet {
    if (this.find(sheet.title))
      throw new Error(
        `A sheet with the name "${sheet.title}" already exists. Please enter another name.`,
      );
    this.sheets.splice(index, 0, sheet);
    sheet.timeZone = this.timeZone;
    sheet.onActivate = activated => {
      this.active = activated;
    };
    return sheet;
  }
}

/** A spreadsheet holding `tabs`, seeded without counting calls. */
export function fakeSpreadsheet(
  options: FakeSpreadsheetOptions = {},
): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(
    options.calls ?? new CallLog(),
    options.timeZone,
  );
  for (const tab of options.tabs ?? []) spreadsheet.seedTab(tab);
  return spreadsheet;
}
