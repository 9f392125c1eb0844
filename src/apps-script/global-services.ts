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

/**
 * Utilities.zip() is typed to take BlobSource[]; the blobs the adapter zips all come from
 * Utilities.newBlob(), so they are real Blobs and the cast below is exact.
 */
function utilities(): UtilitiesPort {
  return {
    newBlob: (data, contentType, name) =>
      typeof data === 'string'
        ? Utilities.newBlob(data, contentType, name)
        : Utilities.newBlob(data, contentType, name),
    zip: (blobs, name) =>
      Utilities.zip(blobs as GoogleAppsScript.Base.Blob[], name),
    formatDate: (date, timeZone, format) =>
      Utilities.formatDate(date, timeZone, format),
    sleep: milliseconds => Utilities.sleep(milliseconds),
  };
}
