// Fake of LockService's document lock with real contention: each getDocumentLock() gives a new
// handle on the one lock, and a test can make "another user" hold it. No waiting happens:
// tryLock answers at once, as if its whole timeout had passed.

import type {LockPort, LockServicePort} from '../../src/apps-script/ports';
import type {CallLog} from './call-log';

export class FakeLock implements LockPort {
  constructor(
    private readonly service: FakeLockService,
    private readonly calls: CallLog,
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
    return this.service.holder === this;
  }
}

export class FakeLockService implements LockServicePort {
  /** Who holds the document lock: a handle of this script run, 'other', or nobody. */
  holder: FakeLock | 'other' | null = null;
  /** Every timeout passed to tryLock, in order. */
  readonly requestedTimeouts: number[] = [];

  constructor(
    private readonly calls: CallLog,
    /** false mimics a script with no containing document, where getDocumentLock is null. */
    private readonly available = true,
  ) {}

  getDocumentLock(): FakeLock | null {
    this.calls.record('LockService.getDocumentLock');
    return this.available ? new FakeLock(this, this.calls) : null;
  }

  // Test helpers below: not service calls.

  /** Another user's run takes the lock; throws if this run holds it (the test is confused). */
  holdByOther(): this {
    if (this.holder instanceof FakeLock)
      throw new Error('fake LockService: the script holds the lock');
    this.holder = 'other';
    return this;
  }

  releaseOther(): this {
    if (this.holder === 'other') this.holder = null;
    return this;
  }

  /** Ends the script run: Apps Script releases a lock the run still holds. */
  endExecution(): this {
    if (this.holder instanceof FakeLock) this.holder = null;
    return this;
  }

  isHeld(): boolean {
    return this.holder !== null;
  }

  /** Used by FakeLock. */
  acquire(lock: FakeLock, timeoutInMillis: number): boolean {
    if (!Number.isFinite(timeoutInMillis) || timeoutInMillis < 0)
      throw new Error(`fake Lock: bad timeout ${timeoutInMillis}`);
    this.requestedTimeouts.push(timeoutInMillis);
    if (this.holder === null) this.holder = lock;
    return this.holder === lock;
  }

  release(lock: FakeLock): void {
    if (this.holder === lock) this.holder = null;
  }
}
