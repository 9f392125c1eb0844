// The built dist/Code.js evaluated in node:vm as Apps Script evaluates it: a fresh global scope
// holding only the Apps Script services (the fakes) and console, for the bundle tests.

import vm from 'vm';
import type {FakeEnvironment} from '../fakes/fake-environment';
import {buildAppsScriptBundle} from './build-bundle';

/**
 * Loads `code` into a new scope with `env`'s services. Date is the one built-in shared with the
 * host: in Apps Script, dates from cells and dates the script makes are one Date class, and the
 * fakes (host code) store and return host Dates.
 */
export function appsScriptContext(
  code: string,
  env: FakeEnvironment,
): vm.Context {
  const context = vm.createContext({
    Date,
    SpreadsheetApp: env.services.SpreadsheetApp,
    Drive: env.services.Drive,
    Utilities: env.utilities,
    PropertiesService: env.services.PropertiesService,
    LockService: env.services.LockService,
    Session: env.services.Session,
    HtmlService: env.services.HtmlService,
    console: env.console,
    ScriptApp: env.scriptApp,
  });
  vm.runInContext(code, context, {filename: 'Code.js'});
  return context;
}

/** Calls a top-level function of the bundle by name, with no arguments, as a menu click does. */
export function callEntry(context: vm.Context, name: string): unknown {
  return vm.runInContext(`${name}()`, context);
}

/**
 * Builds Code.js once before the calling file's tests run (a beforeAll) and returns a loader:
 * each call evaluates the bundle in a new scope with `env`'s services (appsScriptContext).
 */
export function bundleLoader(): (env: FakeEnvironment) => vm.Context {
  let code = '';
  beforeAll(() => {
    code = buildAppsScriptBundle();
  });
  return env => appsScriptContext(code, env);
}
