// Stand-ins for the Apps Script enums the ports use. At run time each member is its own name;
// the casts give them the typings' enum types so code under test compiles against them.

export const FakeButton = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
}) as unknown as typeof GoogleAppsScript.Base.Button;

export const FakeButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
}) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

export const FakeDataValidationCriteria = Object.freeze({
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
}) as unknown as Pick<
  typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria,
  'NUMBER_GREATER_THAN_OR_EQUAL_TO' | 'VALUE_IN_LIST'
>;
