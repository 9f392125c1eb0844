// The slice of each Apps Script service this adapter uses, as narrow interfaces. The real
// services satisfy them (checked in ports-conformance.ts); the test fakes implement them.

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type CellGrid = unknown[][];

export interface BlobPort {
  getName(): string | null;
  getContentType(): string | null;
  getBytes(): number[];
  getDataAsString(): string;
  setName(name: string): BlobPort;
  setContentType(contentType: string): BlobPort;
}

export interface DataValidationPort {
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string | null;
}

export interface RangePort {
  getValues(): CellGrid;
  setValues(values: CellGrid): RangePort;
  getNumRows(): number;
  getNumColumns(): number;
  getRow(): number;
  getColumn(): number;
  setDataValidation(rule: DataValidationPort | null): RangePort;
  setFontWeight(fontWeight: string | null): RangePort;
  setBackground(color: string | null): RangePort;
  setNumberFormat(numberFormat: string): RangePort;
  setNumberFormats(numberFormats: string[][]): RangePort;
  setWrap(isWrapEnabled: boolean): RangePort;
  setNote(note: string | null): RangePort;
  getNumberFormats(): string[][];
  getNotes(): string[][];
  setNotes(notes: (string | null)[][]): RangePort;
  getBackgrounds(): string[][];
  setBackgrounds(colors: (string | null)[][]): RangePort;
  getSheet(): SheetPort;
  getA1Notation(): string;
  activate(): RangePort;
}

export interface SheetPort {
  getName(): string;
  getDataRange(): RangePort;
  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): RangePort;
  getLastRow(): number;
  getLastColumn(): number;
  /**
   * The values from (startRow, startColumn). Google documents -1 as "the very last row or column
   * that has data"; whether (1, 1, -1, -1) reads what getDataRange().getValues() reads (one call
   * instead of two) is not verified, so only 自检 asks it, on the live platform.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][];
  /** One call per row: Sheets has no batch read of hidden rows in this scope. */
  isRowHiddenByUser(rowPosition: number): boolean;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetPort;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetPort;
}

export interface SpreadsheetPort {
  getSheets(): SheetPort[];
  getSheetByName(name: string): SheetPort | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetPort;
  /** With a template: a copy of that sheet (values, formulas, formats, notes) under the name. */
  insertSheet(
    sheetName: string,
    sheetIndex: number,
    options: {template?: SheetPort},
  ): SheetPort;
  toast(msg: string, title: string, timeoutSeconds: number): void;
  getSpreadsheetTimeZone(): string;
  getActiveSheet(): SheetPort;
}

export interface MenuPort {
  addItem(caption: string, functionName: string): MenuPort;
  addSeparator(): MenuPort;
  addToUi(): void;
}

export interface HtmlOutputPort {
  setWidth(width: number): HtmlOutputPort;
  setHeight(height: number): HtmlOutputPort;
  setTitle(title: string): HtmlOutputPort;
  getContent(): string;
}

export interface PromptResponsePort {
  getResponseText(): string;
  getSelectedButton(): Button;
}

export interface UiPort {
  readonly Button: {
    readonly YES: Button;
    readonly NO: Button;
    readonly OK: Button;
    readonly CANCEL: Button;
    readonly CLOSE: Button;
  };
  readonly ButtonSet: {
    readonly OK: ButtonSet;
    readonly OK_CANCEL: ButtonSet;
    readonly YES_NO: ButtonSet;
  };
  createMenu(caption: string): MenuPort;
  alert(title: string, prompt: string, buttons: ButtonSet): Button;
  prompt(title: string, prompt: string, buttons: ButtonSet): PromptResponsePort;
  showModalDialog(userInterface: HtmlOutputPort, title: string): void;
  showSidebar(userInterface: HtmlOutputPort): void;
}

export interface DataValidationBuilderPort {
  requireValueInList(
    values: string[],
    showDropdown: boolean,
  ): DataValidationBuilderPort;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderPort;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderPort;
  setHelpText(helpText: string): DataValidationBuilderPort;
  build(): DataValidationPort;
}

export interface SpreadsheetAppPort {
  getActiveSpreadsheet(): SpreadsheetPort;
  getUi(): UiPort;
  newDataValidation(): DataValidationBuilderPort;
}

export interface DriveFilesPort {
  create(
    resource: DriveFile,
    mediaData: BlobPort,
    optionalArgs: Record<string, unknown>,
  ): DriveFile;
  create(resource: DriveFile): DriveFile;
  get(fileId: string, optionalArgs: Record<string, unknown>): DriveFile;
  remove(fileId: string): void;
  /**
   * Typed void in @types, but with {alt: 'media'} the live Advanced Drive service returns the
   * exported content as bytes, not a Blob (without it the call fails: "Export requires
   * alt=media"; issuetracker.google.com/issues/468534237). Typed unknown: the caller checks.
   */
  export(
    fileId: string,
    mimeType: string,
    optionalArgs: Record<string, unknown>,
  ): unknown;
}

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type CommentList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.CommentList;

export interface DrivePermissionsPort {
  create(
    resource: Permission,
    fileId: string,
    optionalArgs: Record<string, unknown>,
  ): Permission;
  list(fileId: string, optionalArgs: Record<string, unknown>): PermissionList;
}

export interface DriveCommentsPort {
  list(fileId: string, optionalArgs: Record<string, unknown>): CommentList;
}

export interface DrivePort {
  readonly Files: DriveFilesPort;
  readonly Permissions: DrivePermissionsPort;
  readonly Comments: DriveCommentsPort;
}

export interface TriggerPort {
  getHandlerFunction(): string;
  getUniqueId(): string;
}

export interface ClockTriggerBuilderPort {
  everyDays(n: number): ClockTriggerBuilderPort;
  atHour(hour: number): ClockTriggerBuilderPort;
  inTimezone(timezone: string): ClockTriggerBuilderPort;
  create(): TriggerPort;
}

export interface AuthorizationInfoPort {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  /** Newer than @types/google-apps-script 2.0.13; absent on runtimes without it. */
  getAuthorizedScopes?(): string[] | null;
}

export interface ScriptAppPort {
  readonly AuthMode: {readonly FULL: GoogleAppsScript.Script.AuthMode};
  /** With `scopes`, the answer covers those scopes (granular consent). */
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes?: string[],
  ): AuthorizationInfoPort;
  getProjectTriggers(): TriggerPort[];
  deleteTrigger(trigger: TriggerPort): void;
  newTrigger(functionName: string): {timeBased(): ClockTriggerBuilderPort};
}

export interface UtilitiesPort {
  sleep(milliseconds: number): void;
  /** Text is stored as UTF-8; a byte array (signed or unsigned numbers) as it is. */
  newBlob(data: string | number[], contentType: string, name: string): BlobPort;
  formatDate(date: Date, timeZone: string, format: string): string;
}

export interface PropertiesPort {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesPort;
}

export interface PropertiesServicePort {
  getDocumentProperties(): PropertiesPort;
  /** The running user's own store for this script (other clerks never see it). */
  getUserProperties(): PropertiesPort;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServicePort {
  getDocumentLock(): LockPort | null;
  getScriptLock(): LockPort;
}

export interface SessionPort {
  getActiveUser(): {getEmail(): string};
}

export interface HtmlServicePort {
  createHtmlOutput(html: string): HtmlOutputPort;
}

/** Apps Script's console (Stackdriver logging); only English lines for developers go here. */
export interface ConsolePort {
  error(message: string): void;
  log(message: string): void;
}

/** Every service the adapter reaches, passed in: the real globals in Apps Script, fakes in tests. */
export interface Services {
  readonly SpreadsheetApp: SpreadsheetAppPort;
  /** Undefined when the Advanced Drive service is not enabled for the script. */
  readonly Drive: DrivePort | undefined;
  readonly Utilities: UtilitiesPort;
  readonly PropertiesService: PropertiesServicePort;
  readonly LockService: LockServicePort;
  readonly Session: SessionPort;
  readonly HtmlService: HtmlServicePort;
  readonly console: ConsolePort;
  readonly ScriptApp: ScriptAppPort;
}
