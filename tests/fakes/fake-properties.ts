// Fake of PropertiesService: the document properties (one store every user shares) and each
// account's user properties, with the real service's coercion to string and its size limits.

import type {
  PropertiesPort,
  PropertiesServicePort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {FakeAccounts} from './fake-accounts';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

export class FakeProperties implements PropertiesPort {
  private readonly store = new Map<string, string>();

  constructor(private readonly calls: CallLog) {}

  /** null when the key was never set. */
  getProperty(key: string): string | null {
    this.calls.record('Properties.getProperty');
    return this.store.get(String(key)) ?? null;
  }

  /** Stores String(value), as the real service coerces; 9 KB per value, 500 KB per store. */
  setProperty(key: string, value: string): this {
    this.calls.record('Properties.setProperty');
    this.put(String(key), String(value));
    return this;
  }

  // Test helpers below: not service calls.

  /** Sets a property as if an earlier run had. */
  seed(key: string, value: string): this {
    this.put(key, value);
    return this;
  }

  entries(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  /** Forgets every property, as a workbook from before a property existed. */
  clear(): this {
    this.store.clear();
    return this;
  }

  private put(key: string, value: string): void {
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES)
      throw new Error('Argument too large: value');
    const others = [...this.store].filter(([k]) => k !== key);
    const total = [...others, [key, value]].reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    if (total > MAX_STORE_BYTES)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.store.set(key, value);
  }
}

export class FakePropertiesService implements PropertiesServicePort {
  private readonly userStores = new Map<string, FakeProperties>();

  constructor(
    private readonly calls: CallLog,
    /** The one document store; every getDocumentProperties() call reaches it. */
    readonly documentProperties: FakeProperties = new FakeProperties(calls),
    /** Whose user properties getUserProperties() returns. */
    private readonly accounts: FakeAccounts = new FakeAccounts(
      'clerk@example.org',
    ),
  ) {}

  getDocumentProperties(): FakeProperties {
    this.calls.record('PropertiesService.getDocumentProperties');
    return this.documentProperties;
  }

  /** The current account's own store for this script: each clerk sees only theirs. */
  getUserProperties(): FakeProperties {
    this.calls.record('PropertiesService.getUserProperties');
    return this.userProperties(this.accounts.current);
  }

  // Test helper: not a service call.

  /** An account's user properties (created empty on first use). */
  userProperties(email: string): FakeProperties {
    let store = this.userStores.get(email);
    if (!store) {
      store = new FakeProperties(this.calls);
      this.userStores.set(email, store);
    }
    return store;
  }
}
