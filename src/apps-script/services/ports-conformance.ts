// Compile-time proof that the real Apps Script services satisfy the ports in ports.ts.
// Type-checked with tsconfig.apps-script.json; types only, so nothing here is ever bundled.

import type * as Ports from './ports';

/**
 * Compiles only when the real service `Real` can stand where the code expects `Port`; a pair
 * that does not fails at its own line, naming the member that differs.
 */
export type Conforms<Real extends Port, Port> = [Real, Port];

export type Conformance = [
  Conforms<GoogleAppsScript.Base.Blob, Ports.BlobPort>,
  Conforms<
    GoogleAppsScript.Spreadsheet.DataValidation,
    Ports.DataValidationPort
  >,
  Conforms<GoogleAppsScript.Spreadsheet.Range, Ports.RangePort>,
  Conforms<GoogleAppsScript.Spreadsheet.Sheet, Ports.SheetPort>,
  Conforms<GoogleAppsScript.Spreadsheet.Spreadsheet, Ports.SpreadsheetPort>,
  Conforms<GoogleAppsScript.Base.Menu, Ports.MenuPort>,
  Conforms<GoogleAppsScript.HTML.HtmlOutput, Ports.HtmlOutputPort>,
  Conforms<GoogleAppsScript.Base.Ui, Ports.UiPort>,
  Conforms<GoogleAppsScript.Base.PromptResponse, Ports.PromptResponsePort>,
  Conforms<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    Ports.DataValidationBuilderPort
  >,
  Conforms<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    Ports.SpreadsheetAppPort
  >,
  // Files.export is typed void, but with {alt: 'media'} the live service returns the content.
  Conforms<
    Omit<
      GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
      'export'
    >,
    Omit<Ports.DriveFilesPort, 'export'>
  >,
  Conforms<GoogleAppsScript.Utilities.Utilities, Ports.UtilitiesPort>,
  Conforms<GoogleAppsScript.Properties.Properties, Ports.PropertiesPort>,
  Conforms<
    GoogleAppsScript.Properties.PropertiesService,
    Ports.PropertiesServicePort
  >,
  Conforms<GoogleAppsScript.Lock.Lock, Ports.LockPort>,
  Conforms<
    GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection,
    Ports.DrivePermissionsPort
  >,
  Conforms<
    GoogleAppsScript.Drive_v3.Drive.V3.Collection.CommentsCollection,
    Ports.DriveCommentsPort
  >,
  Conforms<GoogleAppsScript.Script.Trigger, Ports.TriggerPort>,
  Conforms<
    GoogleAppsScript.Script.ClockTriggerBuilder,
    Ports.ClockTriggerBuilderPort
  >,
  Conforms<GoogleAppsScript.Script.ScriptApp, Ports.ScriptAppPort>,
  Conforms<GoogleAppsScript.Lock.LockService, Ports.LockServicePort>,
  Conforms<GoogleAppsScript.Base.Session, Ports.SessionPort>,
  Conforms<GoogleAppsScript.HTML.HtmlService, Ports.HtmlServicePort>,
];
