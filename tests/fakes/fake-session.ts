// Fake of Session: the active user's address, configurable; '' mimics a consumer account whose
// address Apps Script hides from the script.

import type {SessionPort} from '../../src/apps-script/ports';
import type {CallLog} from './call-log';

export class FakeUser {
  constructor(
    private readonly email: string,
    private readonly calls: CallLog,
  ) {}

  getEmail(): string {
    this.calls.record('User.getEmail');
    return this.email;
  }
}

export class FakeSession implements SessionPort {
  constructor(
    private readonly calls: CallLog,
    /** The address getEmail reports; tests may change it between runs. */
    public email = 'clerk@example.org',
  ) {}

  getActiveUser(): FakeUser {
    this.calls.record('Session.getActiveUser');
    return new FakeUser(this.email, this.calls);
  }
}
