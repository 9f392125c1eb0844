import {CallLog} from '../../fakes/call-log';
import {FakeLockService} from '../../fakes/fake-lock';

function locks() {
  return new FakeLockService(new CallLog());
}

describe('FakeLockService', () => {
  it('gives a new handle on the same lock for each getDocumentLock call', () => {
    const service = locks();
    expect(service.getDocumentLock()).not.toBe(service.getDocumentLock());
  });

  it('refuses a second handle while the first holds the lock, and grants it after release', () => {
    const service = locks();
    const first = service.getDocumentLock();
    const second = service.getDocumentLock();
    expect(first?.tryLock(1000)).toBe(true);
    expect(second?.tryLock(1000)).toBe(false);
    first?.releaseLock();
    expect(second?.tryLock(1000)).toBe(true);
  });

  it('lets a holder try again and succeed', () => {
    const lock = locks().getDocumentLock();
    expect(lock?.tryLock(0)).toBe(true);
    expect(lock?.tryLock(0)).toBe(true);
  });

  it('ignores releaseLock from a handle that does not hold the lock', () => {
    const service = locks();
    const holder = service.getDocumentLock();
    holder?.tryLock(10);
    service.getDocumentLock()?.releaseLock();
    expect(holder?.hasLock()).toBe(true);
  });

  it('refuses the lock while another user holds it, and grants it once they release', () => {
    const service = locks().holdByOther();
    const lock = service.getDocumentLock();
    expect(lock?.tryLock(30000)).toBe(false);
    service.releaseOther();
    expect(lock?.tryLock(30000)).toBe(true);
    expect(service.requestedTimeouts).toEqual([30000, 30000]);
  });

  it('releases the script’s lock when the execution ends', () => {
    const service = locks();
    service.getDocumentLock()?.tryLock(1);
    service.endExecution();
    expect(service.isHeld()).toBe(false);
  });

  it('returns null for the document lock where there is no document', () => {
    expect(
      new FakeLockService(new CallLog(), false).getDocumentLock(),
    ).toBeNull();
  });
});
