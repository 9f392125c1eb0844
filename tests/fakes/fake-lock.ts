// Fake of LockService's document and script locks with real contention: each get…Lock() gives a
// new handle on its one lock, and a test can make "another user" hold it. No waiting happens:
// tryLock answers at once, as if its whole timeout had passed.

import type {
  LockPort,
  LockServicePort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';

export type LockScope = 'document' | 'script';

export class FakeLock implements LockPort {
  constructor(
    private readonly service: FakeLockService,
    private readonly calls: CallLog,
    readonly scope: LockScope,
  ) {}

  /** true when this handle gets (or already has) the lock; false when anyone else holds it. */
  tryLock(timeoutInMillis: number): boolean {
    this.calls.record('Lock.tryLock');
    return this.service.acquire(this, timeoutInMillis);
  }

  /** Releases the lock if this handle holds it; otherwise does nothing, like the real one. */
  releaseLock(): void {
    this.calls.record('Lock.releaseLock');
    this.service.release(this);
  }

  hasLock(): boolean {
    this.calls.record('Lock.hasLock');
    return this.service.holders[this.scope] === this;
  }
}

export class FakeLockService implements LockServicePort {
  /** Who holds each lock: a handle of this script run, 'other', or nobody. */
  readonly holders: Record<LockScope, FakeLock | 'other' | null> = {
    document: null,
    script: null,
  };
  /** Every timeout passed to tryLock, in order. */
  readonly requestedTimeouts: number[] = [];

  constructor(
    private readonly calls: CallLog,
    /**
     * false: getDocumentLock() returns null, as the reference says it may ("null if called from
     * a standalone script or add-on"; developers.google.com/apps-script/reference/lock/lock-service).
     */
    private readonly available = true,
  ) {}

  getDocumentLock(): FakeLock | null {
    this.calls.record('LockService.getDocumentLock');
    return this.available ? new FakeLock(this, this.calls, 'document') : null;
  }

  /** The lock every user of the script shares; never null. */
  getScriptLock(): FakeLock {
    this.calls.record('LockService.getScriptLock');
    return new FakeLock(this, this.calls, 'script');
  }

  // Test helpers below: not service calls.

  /** Another user's run takes a lock; throws if this run holds it (the test is confused). */
  holdByOther(scope: LockScope = 'document'): this {
    if (this.holders[scope] instanceof FakeLock)
      throw new Error('fake LockService: the script holds the lock');
    this.holders[scope] = 'other';
    return this;
  }

  releaseOther(scope: LockScope = 'document'): this {
    if (this.holders[scope] === 'other') this.holders[scope] = null;
    return this;
  }

  /** Ends the script run: Apps Script releases the locks the run still holds. */
  endExecution(): this {
    for (const scope of ['document', 'script'] as const)
      if (this.holders[scope] instanceof FakeLock) this.holders[scope] = null;
    return this;
  }

  isHeld(scope: LockScope = 'document'): boolean {
    return this.holders[scope] !== null;
  }

  /** Used by FakeLock. */
  acquire(lock: FakeLock, timeoutInMillis: number): boolean {
    if (!Number.isFinite(timeoutInMillis) || timeoutInMillis < 0)
      throw new Error(`fake Lock: bad timeout ${timeoutInMillis}`);
    this.requestedTimeouts.push(timeoutInMillis);
    if (this.holders[lock.scope] === null) this.holders[lock.scope] = lock;
    return this.holders[lock.scope] === lock;
  }

  release(lock: FakeLock): void {
    if (this.holders[lock.scope] === lock) this.holders[lock.scope] = null;
  }
}
