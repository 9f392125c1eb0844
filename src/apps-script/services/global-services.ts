// The real Apps Script services, read from the globals at call time (never at load time).

import type {DrivePort, Services, UtilitiesPort} from './ports';

export function globalServices(): Services {
  return {
    SpreadsheetApp,
    // An Advanced Service is a global only when enabled for the script.
    // Drive.Files.export is typed void but returns the content with {alt: 'media'}; the rest
    // of the Drive port is checked against the typings in ports-conformance.ts.
    Drive:
      typeof Drive === 'undefined'
        ? undefined
        : (Drive as unknown as DrivePort),
    Utilities: utilities(),
    PropertiesService,
    LockService,
    Session,
    HtmlService,
    console,
    ScriptApp,
  };
}

/** newBlob takes text or a byte array: two overloads in the typings, one port method. */
function utilities(): UtilitiesPort {
  return {
    newBlob: (data, contentType, name) =>
      typeof data === 'string'
        ? Utilities.newBlob(data, contentType, name)
        : Utilities.newBlob(data, contentType, name),
    formatDate: (date, timeZone, format) =>
      Utilities.formatDate(date, timeZone, format),
    sleep: milliseconds => Utilities.sleep(milliseconds),
  };
}
