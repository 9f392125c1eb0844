// Compile-time proof that the real Apps Script services satisfy the ports in ports.ts.
// Type-checked with tsconfig.apps-script.json; never bundled.

import type * as Ports from './ports';

type Conforms<Real, Port> = [Real] extends [Port] ? true : false;

export const conformance: readonly true[] = [
  true as Conforms<GoogleAppsScript.Base.Blob, Ports.BlobPort>,
  true as Conforms<
    GoogleAppsScript.Spreadsheet.DataValidation,
    Ports.DataValidationPort
  >,
  true as Conforms<GoogleAppsScript.Spreadsheet.Range, Ports.RangePort>,
  true as Conforms<GoogleAppsScript.Spreadsheet.Sheet, Ports.SheetPort>,
  true as Conforms<
    GoogleAppsScript.Spreadsheet.Spreadsheet,
    Ports.SpreadsheetPort
  >,
  true as Conforms<GoogleAppsScript.Base.Menu, Ports.MenuPort>,
  true as Conforms<GoogleAppsScript.HTML.HtmlOutput, Ports.HtmlOutputPort>,
  true as Conforms<GoogleAppsScript.Base.Ui, Ports.UiPort>,
  true as Conforms<
    GoogleAppsScript.Base.PromptResponse,
    Ports.PromptResponsePort
  >,
  true as Conforms<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    Ports.DataValidationBuilderPort
  >,
  true as Conforms<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    Ports.SpreadsheetAppPort
  >,
  // Files.export is typed void, but with {alt: 'media'} the live service returns the content.
  true as Conforms<
    Omit<
      GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
      'export'
    >,
    Omit<Ports.DriveFilesPort, 'export'>
  >,
  true as Conforms<GoogleAppsScript.Utilities.Utilities, Ports.UtilitiesPort>,
  true as Conforms<
    GoogleAppsScript.Properties.Properties,
    Ports.PropertiesPort
  >,
  true as Conforms<
    GoogleAppsScript.Properties.PropertiesService,
    Ports.PropertiesServicePort
  >,
  true as Conforms<GoogleAppsScript.Lock.Lock, Ports.LockPort>,
  true as Conforms<
    GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection,
    Ports.DrivePermissionsPort
  >,
  true as Conforms<
    GoogleAppsScript.Drive_v3.Drive.V3.Collection.CommentsCollection,
    Ports.DriveCommentsPort
  >,
  true as Conforms<GoogleAppsScript.Script.Trigger, Ports.TriggerPort>,
  true as Conforms<
    GoogleAppsScript.Script.ClockTriggerBuilder,
    Ports.ClockTriggerBuilderPort
  >,
  true as Conforms<GoogleAppsScript.Script.ScriptApp, Ports.ScriptAppPort>,
  true as Conforms<GoogleAppsScript.Lock.LockService, Ports.LockServicePort>,
  true as Conforms<GoogleAppsScript.Base.Session, Ports.SessionPort>,
  true as Conforms<GoogleAppsScript.HTML.HtmlService, Ports.HtmlServicePort>,
];
