// The manifest pins the narrow scopes and Advanced Drive v3; the bundle uses no service that
// would widen them.

import {readFileSync} from 'fs';
import {buildAppsScriptBundle} from '../helpers/build-bundle';
import {REQUIRED_SCOPES} from '../../src/apps-script/actions/self-check';
import {MANIFEST_SCOPES} from '../fakes/fake-script-app';

describe('appsscript.json and the bundle', () => {
  const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));
  let code = '';
  beforeAll(() => {
    code = buildAppsScriptBundle();
  });

  it('asks for exactly the narrow scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });

  it('has 自检 and the fakes check exactly the scopes the manifest pins', () => {
    expect(REQUIRED_SCOPES).toEqual(manifest.oauthScopes);
    expect(MANIFEST_SCOPES).toEqual(manifest.oauthScopes);
  });

  it('runs on V8 in Asia/Shanghai with Stackdriver logging and Advanced Drive v3', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Shanghai');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      {userSymbol: 'Drive', serviceId: 'drive', version: 'v3'},
    ]);
  });

  it('never calls DriveApp or DocumentApp, which need broader scopes', () => {
    expect(code).not.toMatch(/\bDriveApp\b/);
    expect(code).not.toMatch(/\bDocumentApp\b/);
  });
});
