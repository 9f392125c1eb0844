// Fake of Session: the active user's address as Apps Script reports it. It is blank for a
// consumer account other than the script owner's domain and "in any context that allows a
// script to run without that user's authorization, like a simple onOpen(e) or onEdit(e)
// trigger, a custom function" (developers.google.com/apps-script/reference/base/session#getActiveUser()).

import type {SessionPort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {FakeAccounts} from './fake-accounts';

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
  readonly accounts: FakeAccounts;

  /** `email` '' stands for the default account with its address hidden. */
  constructor(
    private readonly calls: CallLog,
    email = 'clerk@example.org',
    accounts?: FakeAccounts,
  ) {
    this.accounts = accounts ?? new FakeAccounts(email || 'clerk@example.org');
    if (!accounts && email === '')
      this.accounts.runAs(this.accounts.current, false);
  }

  getActiveUser(): FakeUser {
    this.calls.record('Session.getActiveUser');
    return new FakeUser(this.accounts.visibleEmail(), this.calls);
  }
}
