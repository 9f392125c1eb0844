// 生成记录 under failures, against the fakes: a version is reserved (进行中) before any upload,
// completed afterwards, never reused; a busy Drive never makes a second output folder; the
// cells stay text, so times keep their seconds and fingerprints never become numbers.

import {LOG_COLUMNS} from '../../src/core/workbook/schema';
import {
  appendLogEntry,
  readLogEntries,
  readLogTab,
} from '../../src/apps-script/sheets/generation-log';
import {appErrorMessage} from '../../src/apps-script/ui/ui-text';
import {runAutoDraft} from '../../src/apps-script/actions/auto-draft';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME, DOCX_MIME, FOLDER_MIME} from '../fakes/fake-drive';
import {logRows, outputFolders, thrownAppError} from './generation-outcomes';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
const LOG_HEADER = [...LOG_COLUMNS];

function environment(): FakeEnvironment {
  return createFakeServices({
    tabs: [...sampleTabSeeds(), {name: '生成记录', rows: [LOG_HEADER]}],
    now: () => NOW,
  });
}

const log = (env: FakeEnvironment) => env.spreadsheet.sheet('生成记录');
/**
 * As a workbook from before per-clerk folders: the folder id only in document properties, so
 * the next run checks it with Files.get before taking it over.
 */
const asLegacyFolder = (env: FakeEnvironment) => {
  const user = env.propertiesService.userProperties(env.accounts.current);
  const id = user.entries()['fazhi.outputFolderId'];
  user.clear();
  env.properties.seed('fazhi.outputFolderId', id);
};

describe('生成记录 as text', () => {
  it('keeps 生成时间 to the second and the fingerprint as text, in "@" cells', () => {
    const env = environment();
    generateReport(env.services, NOW);
    const [row] = logRows(env);
    expect(row[0]).toBe('2025-02-05 14:30:00');
    expect(log(env).cellAt(2, 1).numberFormat).toBe('@');
    expect(readLogEntries(readLogTab(env.spreadsheet))[0].time).toBe(
      '2025-02-05 14:30:00',
    );
  });

  it('keeps a fingerprint or a user that looks like a number as written', () => {
    const env = environment();
    const entry = {
      time: '2025-02-05 14:03',
      user: '007',
      version: 'v1',
      docUrl: 'https://docs.google.com/document/d/a/edit',
      docxUrl: 'https://drive.google.com/file/d/b/view',
      errors: 0,
      warnings: 3,
      fingerprint: '1e5',
      result: '成功',
    };
    appendLogEntry(env.spreadsheet, log(env), entry);
    appendLogEntry(env.spreadsheet, log(env), {
      ...entry,
      fingerprint: '0000000000012345',
    });
    const rows = logRows(env);
    expect(rows.map(r => [r[0], r[1], r[7], r[6]])).toEqual([
      ['2025-02-05 14:03', '007', '1e5', 3],
      ['2025-02-05 14:03', '007', '0000000000012345', 3],
    ]);
  });
});

describe('生成记录 at the bottom of its tab', () => {
  it('adds rows when the log fills its tab, writing the reserved row once and completing it', () => {
    const env = createFakeServices({
      tabs: [
        ...sampleTabSeeds(),
        {name: '生成记录', rows: [LOG_HEADER], maxRows: 2},
      ],
      now: () => NOW,
    });
    generateReport(env.services, NOW);
    expect(log(env).getMaxRows()).toBe(2);
    env.calls.reset();
    generateReport(env.services, NOW);
    expect(log(env).getMaxRows()).toBe(3);
    expect(logRows(env).map(r => [r[2], r[8]])).toEqual([
      ['v1', '成功'],
      ['v2', '成功'],
    ]);
    expect(log(env).cellAt(3, 1).numberFormat).toBe('@');
    // The first attempt is refused before anything is written; the retry writes once.
    expect(env.calls.count('Sheet.insertRowsAfter')).toBe(1);
    expect(env.calls.count('Range.setNumberFormats')).toBe(1);
    expect(env.calls.count('Range.setValues')).toBe(2);
  });

  it('throws a write failure inside the tab as it came, adding no rows', () => {
    const env = environment();
    log(env).failNextSetValues(
      new Error('You are trying to edit a protected cell.'),
    );
    expect(thrownAppError(() => generateReport(env.services, NOW)).code).toBe(
      'log-unwritable',
    );
    expect(env.calls.count('Sheet.insertRowsAfter')).toBe(0);
    expect(env.drive.files).toHaveLength(0);
  });
});

describe('versions under failures', () => {
  it('reserves the version as 进行中 before uploading and completes the same row', () => {
    const env = environment();
    let seenDuringUpload: unknown[][] = [];
    const create = env.drive.Files.create.bind(env.drive.Files);
    env.drive.Files.create = ((...args: Parameters<typeof create>) => {
      if (args[0].mimeType === DOC_MIME) seenDuringUpload = logRows(env);
      return create(...args);
    }) as typeof create;
    generateReport(env.services, NOW);
    expect(seenDuringUpload.map(r => [r[2], r[3], r[8]])).toEqual([
      ['v1', '', '进行中'],
    ]);
    expect(logRows(env).map(r => [r[2], r[8]])).toEqual([['v1', '成功']]);
  });

  it('never reuses a version after a failed upload', () => {
    const env = environment();
    env.drive.failNext('create', new Error('Rate Limit Exceeded'), 1);
    expect(thrownAppError(() => generateReport(env.services, NOW)).code).toBe(
      'drive-failed',
    );
    generateReport(env.services, NOW);
    expect(logRows(env).map(r => [r[2], String(r[8]).slice(0, 3)])).toEqual([
      ['v1', '失败：'],
      ['v2', '成功'],
    ]);
  });

  it('when the completing write fails, names the version and both links, and the next run takes a new version', () => {
    const env = environment();
    log(env).failNextSetValues(new Error('Service unavailable'), 1);
    const error = thrownAppError(() => generateReport(env.services, NOW));
    expect(error.code).toBe('log-failed');
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    const docx = env.drive.files.find(f => f.mimeType === DOCX_MIME)!;
    const message = appErrorMessage(error);
    expect(message).toContain('v1');
    expect(message).toContain(doc.webViewLink);
    expect(message).toContain(docx.webViewLink);
    expect(logRows(env).map(r => [r[2], r[8]])).toEqual([['v1', '进行中']]);
    expect(env.lock.isHeld()).toBe(false);
    generateReport(env.services, NOW);
    expect(logRows(env).map(r => [r[2], r[8]])).toEqual([
      ['v1', '进行中'],
      ['v2', '成功'],
    ]);
  });

  it('uploads nothing when the reserving row cannot be written', () => {
    const env = environment();
    log(env).failNextSetValues(new Error('Service unavailable'));
    const error = thrownAppError(() => generateReport(env.services, NOW));
    expect(error.code).toBe('log-unwritable');
    expect(appErrorMessage(error)).toContain('本次没有生成报告');
    expect(env.drive.files).toHaveLength(0);
    expect(logRows(env)).toEqual([]);
  });

  it('lets the daily trigger end quietly when 生成记录 cannot be written at all', () => {
    const env = environment();
    const error = new Error('Service unavailable');
    log(env).failNextSetValues(error).failNextSetValues(error);
    expect(runAutoDraft(env.services, NOW)).toBe('failed');
    expect(env.drive.files).toHaveLength(0);
    expect(env.console.errors.join('\n')).toContain('could not log');
  });

  it('skips 进行中 and 失败 rows when opening the latest version', () => {
    const env = environment();
    generateReport(env.services, NOW);
    log(env).failNextSetValues(new Error('Service unavailable'), 1);
    thrownAppError(() => generateReport(env.services, NOW));
    const entries = readLogEntries(readLogTab(env.spreadsheet));
    expect(entries.map(e => e.version)).toEqual(['v1']);
  });
});

describe('the output folder when Drive is busy', () => {
  const busy = () =>
    new Error(
      'API call to drive.files.get failed with error: Service unavailable',
    );

  it('retries a temporary error with backoff and keeps the one folder', () => {
    const env = environment();
    generateReport(env.services, NOW);
    asLegacyFolder(env);
    env.drive.failNext('get', busy()).failNext('get', busy());
    generateReport(env.services, NOW);
    expect(outputFolders(env)).toHaveLength(1);
    expect(env.utilities.sleeps).toEqual([1000, 2000]);
    expect(env.drive.files.filter(f => f.mimeType === DOC_MIME)).toHaveLength(
      2,
    );
  });

  it('stops with a Chinese message, creating no second folder, when Drive stays busy', () => {
    const env = environment();
    generateReport(env.services, NOW);
    asLegacyFolder(env);
    for (let i = 0; i < 4; i++) env.drive.failNext('get', busy());
    const error = thrownAppError(() => generateReport(env.services, NOW));
    expect(error.code).toBe('drive-busy');
    expect(appErrorMessage(error)).toContain('云端硬盘暂时无法访问');
    expect(outputFolders(env)).toHaveLength(1);
    expect(env.utilities.sleeps).toEqual([1000, 2000, 4000]);
    expect(env.calls.count('Drive.Files.get')).toBe(4);
    expect(logRows(env).map(r => [r[2], String(r[8]).slice(0, 3)])).toEqual([
      ['v1', '成功'],
      ['v2', '失败：'],
    ]);
  });

  it('makes a new folder only when Drive says the old one is gone', () => {
    const env = environment();
    generateReport(env.services, NOW);
    env.drive.remove(outputFolders(env)[0].id);
    generateReport(env.services, NOW);
    expect(outputFolders(env)).toHaveLength(1);
    expect(env.utilities.sleeps).toEqual([]);
  });

  it('stops without a new folder on an error it does not know', () => {
    const env = environment();
    generateReport(env.services, NOW);
    asLegacyFolder(env);
    env.drive.failNext('get', new Error('Invalid field selection'));
    expect(thrownAppError(() => generateReport(env.services, NOW)).code).toBe(
      'drive-failed',
    );
    expect(outputFolders(env)).toHaveLength(1);
  });

  it('checks no folder on a repeat run: the first upload into the clerk’s own folder is the check', () => {
    const env = environment();
    generateReport(env.services, NOW);
    env.calls.reset();
    generateReport(env.services, NOW);
    expect(env.calls.count('Drive.Files.get')).toBe(0);
    expect(env.calls.count('PropertiesService.getDocumentProperties')).toBe(0);
    expect(outputFolders(env)).toHaveLength(1);
  });

  it('fails a busy first upload into the clerk’s own folder without making a second folder', () => {
    const env = environment();
    generateReport(env.services, NOW);
    env.drive.failNext('create', new Error('Service unavailable'));
    expect(thrownAppError(() => generateReport(env.services, NOW)).code).toBe(
      'drive-failed',
    );
    expect(outputFolders(env)).toHaveLength(1);
    generateReport(env.services, NOW);
    expect(outputFolders(env)).toHaveLength(1);
  });

  it('makes a new folder when the clerk’s folder is in the trash, and keeps nothing new in the trash', () => {
    const env = environment();
    generateReport(env.services, NOW);
    env.drive.trash(outputFolders(env)[0].id);
    generateReport(env.services, NOW);
    const live = outputFolders(env).filter(f => !f.trashed);
    expect(live).toHaveLength(1);
    const newest = env.drive.files.filter(
      f => f.mimeType !== FOLDER_MIME && !f.trashed,
    );
    expect(newest.map(f => [f.mimeType, f.parents[0]])).toEqual([
      [DOC_MIME, live[0].id],
      [DOCX_MIME, live[0].id],
    ]);
    expect(logRows(env).map(r => String(r[3]))[1]).toBe(newest[0].webViewLink);
  });
});
