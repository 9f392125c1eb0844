// Fake of Utilities: UTF-8 blobs, real zip archives (fflate) and formatDate in a time zone.

import {zipSync} from 'fflate';
import type {
  BlobPort,
  UtilitiesPort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {FakeBlob, blobParts} from './fake-blob';
import {formatDate} from './format-date';

/** Utilities.sleep refuses more than 5 minutes ("maximum allowed value is 300000"). */
const MAX_SLEEP_MS = 300000;

export class FakeUtilities implements UtilitiesPort {
  /** Every sleep asked for, in milliseconds, oldest first; no real time passes. */
  readonly sleeps: number[] = [];

  constructor(private readonly calls: CallLog) {}

  /** Records the pause instead of waiting; bad values throw as Apps Script does. */
  sleep(milliseconds: number): void {
    this.calls.record('Utilities.sleep');
    if (
      typeof milliseconds !== 'number' ||
      !Number.isFinite(milliseconds) ||
      milliseconds < 0 ||
      milliseconds > MAX_SLEEP_MS
    )
      throw new Error(
        `Invalid argument: milliseconds (${milliseconds}); the maximum allowed value is ${MAX_SLEEP_MS}.`,
      );
    this.sleeps.push(milliseconds);
  }

  /**
   * Text becomes UTF-8 bytes. A byte array must hold Java bytes (integers -128..127, what
   * Blob.getBytes returns); the fake refuses anything else rather than guess how Apps Script
   * would convert it (developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String)).
   */
  newBlob(
    data: string | number[],
    contentType: string,
    name: string,
  ): FakeBlob {
    this.calls.record('Utilities.newBlob');
    if (typeof data === 'string')
      return FakeBlob.fromString(data, contentType, name, this.calls);
    if (
      !Array.isArray(data) ||
      data.some(b => !Number.isInteger(b) || b < -128 || b > 127)
    )
      throw new Error(
        "Exception: The parameters (number[],String,String) don't match the method signature for Utilities.newBlob.",
      );
    return new FakeBlob(
      Uint8Array.from(data, b => b & 0xff),
      name,
      contentType,
      this.calls,
    );
  }

  /**
   * A deflated zip whose entries are named exactly by the blobs' names, folders included
   * ('word/document.xml'). A blob without a name or two blobs with one name throw.
   */
  zip(blobs: BlobPort[], name: string): FakeBlob {
    this.calls.record('Utilities.zip');
    const entries = new Map<string, Uint8Array>();
    for (const blob of blobs) {
      const parts = blobParts(blob);
      if (!parts.name)
        throw new Error('fake Utilities.zip: every blob needs a name');
      if (entries.has(parts.name))
        throw new Error(`fake Utilities.zip: duplicate entry ${parts.name}`);
      entries.set(parts.name, parts.bytes);
    }
    const archive = zipSync(Object.fromEntries(entries));
    return new FakeBlob(archive, name, 'application/zip', this.calls);
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    this.calls.record('Utilities.formatDate');
    return formatDate(date, timeZone, format);
  }
}
