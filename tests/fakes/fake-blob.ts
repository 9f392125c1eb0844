// Fake of an Apps Script Blob: bytes plus a name and a content type. Runs in Node, so it uses
// Buffer for UTF-8; only the code under test must keep off Node APIs.

import type {BlobPort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';

export class FakeBlob implements BlobPort {
  private readonly data: Uint8Array;

  constructor(
    data: Uint8Array,
    private blobName: string | null,
    private type: string | null,
    private readonly calls: CallLog,
  ) {
    this.data = new Uint8Array(data);
  }

  static fromString(
    text: string,
    contentType: string | null,
    name: string | null,
    calls: CallLog,
  ): FakeBlob {
    return new FakeBlob(Buffer.from(text, 'utf8'), name, contentType, calls);
  }

  getName(): string | null {
    this.calls.record('Blob.getName');
    return this.blobName;
  }

  setName(name: string): this {
    this.calls.record('Blob.setName');
    this.blobName = name;
    return this;
  }

  getContentType(): string | null {
    this.calls.record('Blob.getContentType');
    return this.type;
  }

  setContentType(contentType: string): this {
    this.calls.record('Blob.setContentType');
    this.type = contentType;
    return this;
  }

  /** Signed bytes (-128..127), as Apps Script's Java-backed Blob returns them. */
  getBytes(): number[] {
    this.calls.record('Blob.getBytes');
    return Array.from(this.data, byte => (byte > 127 ? byte - 256 : byte));
  }

  getDataAsString(): string {
    this.calls.record('Blob.getDataAsString');
    return Buffer.from(this.data).toString('utf8');
  }

  // Test helpers below: not service calls.

  get name(): string | null {
    return this.blobName;
  }

  get contentType(): string | null {
    return this.type;
  }

  /** A copy of the bytes (unsigned). */
  bytes(): Uint8Array {
    return new Uint8Array(this.data);
  }
}

/** A blob's bytes and name, read without counting calls when it is a fake. */
export function blobParts(blob: BlobPort): {
  bytes: Uint8Array;
  name: string | null;
  contentType: string | null;
} {
  if (blob instanceof FakeBlob)
    return {
      bytes: blob.bytes(),
      name: blob.name,
      contentType: blob.contentType,
    };
  return {
    bytes: Uint8Array.from(blob.getBytes(), b => b & 0xff),
    name: blob.getName(),
    contentType: blob.getContentType(),
  };
}
