// 导出PDF against the fakes: the newest Google Doc exported into its output folder, logged in
// 生成记录 without becoming a version; clear errors without a version or with the Doc gone.

import {
  exportLatestPdf,
  pdfBlob,
  PDF_MIME,
} from '../../src/apps-script/actions/export-pdf';
import {generateReport} from '../../src/apps-script/actions/generate-report';
import {readLogEntries} from '../../src/apps-script/sheets/generation-log';
import {nextVersion} from '../../src/core';
import type {CellValue} from '../../src/core/workbook/grid';
import {
  createFakeServices,
  type FakeEnvironment,
} from '../fakes/fake-environment';
import {DOC_MIME, FOLDER_MIME} from '../fakes/fake-drive';
import {sampleTabSeeds} from './sample-workbook-seeds';

const NOW = new Date(Date.UTC(2025, 1, 5, 6, 30, 0));
const LATER = new Date(Date.UTC(2025, 1, 6, 1, 0, 0));

function generatedEnvironment(versions = 1): FakeEnvironment {
  const env = createFakeServices({tabs: sampleTabSeeds(), now: () => NOW});
  for (let i = 0; i < versions; i++) generateReport(env.services, NOW);
  env.calls.reset();
  return env;
}

function logTab(env: FakeEnvironment) {
  return env.spreadsheet.snapshot().find(s => s.name === '生成记录')!;
}

const pdfs = (env: FakeEnvironment) =>
  env.drive.files.filter(f => f.mimeType === PDF_MIME);

describe('exportLatestPdf', () => {
  it('saves the PDF of the newest Google Doc into the output folder, named after the Doc', () => {
    const env = generatedEnvironment();
    const result = exportLatestPdf(env.services, LATER);
    const folder = env.drive.files.find(f => f.mimeType === FOLDER_MIME)!;
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    const [pdf] = pdfs(env);
    expect(pdfs(env)).toHaveLength(1);
    expect(pdf.name).toBe(`${doc.name}.pdf`);
    expect(pdf.parents).toEqual([folder.id]);
    expect(pdf.uploadedContentType).toBe(PDF_MIME);
    expect(Buffer.from(pdf.content!).toString('utf8')).toMatch(
      new RegExp(`^%PDF-1\\.4\\n% ${doc.name}\\n`),
    );
    expect(result).toEqual({version: 'v1', pdfUrl: pdf.webViewLink});
    expect(env.calls.count('Drive.Files.export')).toBe(1);
  });

  it('logs the export in 生成记录 with the Doc and PDF links and no 版本', () => {
    const env = generatedEnvironment();
    const {pdfUrl} = exportLatestPdf(env.services, LATER);
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    const rows = logTab(env).values.slice(1);
    expect(rows).toHaveLength(2);
    const [time, user, version, docUrl, linkUrl, , , fingerprint, result] =
      rows[1];
    expect([time, user, version, docUrl, linkUrl, fingerprint, result]).toEqual(
      [
        '2025-02-06 09:00:00',
        'clerk@example.org',
        '',
        doc.webViewLink,
        pdfUrl,
        '',
        '导出PDF（v1）',
      ],
    );
  });

  it('keeps version numbering: an export row is not a version and the next run is v3', () => {
    const env = generatedEnvironment(2);
    exportLatestPdf(env.services, LATER);
    const log = {name: '生成记录', grid: logTab(env).values as CellValue[][]};
    expect(readLogEntries(log).map(e => e.version)).toEqual(['v1', 'v2']);
    expect(nextVersion(readLogEntries(log))).toBe('v3');
    generateReport(env.services, LATER);
    const versions = logTab(env)
      .values.slice(1)
      .map(r => r[2]);
    expect(versions).toEqual(['v1', 'v2', '', 'v3']);
  });

  it('exports the newest version when there are several, and again after a PDF was exported', () => {
    const env = generatedEnvironment(2);
    exportLatestPdf(env.services, LATER);
    exportLatestPdf(env.services, LATER);
    const newest = env.drive.files.filter(f => f.mimeType === DOC_MIME).at(-1)!;
    expect(pdfs(env).map(p => p.name)).toEqual([
      `${newest.name}.pdf`,
      `${newest.name}.pdf`,
    ]);
    expect(newest.name).toContain(' v2 ');
  });

  it('says there is no report yet when 生成记录 has no version', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    expect(() => exportLatestPdf(env.services, LATER)).toThrow(
      expect.objectContaining({code: 'no-report-yet'}),
    );
    expect(env.calls.count('Drive.Files.export')).toBe(0);
  });

  it('fails with drive-failed naming the missing file when the Google Doc was deleted, and logs nothing', () => {
    const env = generatedEnvironment();
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    env.drive.remove(doc.id);
    expect(() => exportLatestPdf(env.services, LATER)).toThrow(
      expect.objectContaining({
        code: 'drive-failed',
        params: {
          detail: `API call to drive.files.get failed with error: File not found: ${doc.id}.`,
        },
      }),
    );
    expect(pdfs(env)).toEqual([]);
    expect(logTab(env).values).toHaveLength(2);
  });

  it('refuses to export a Google Doc that is in the trash', () => {
    const env = generatedEnvironment();
    const doc = env.drive.files.find(f => f.mimeType === DOC_MIME)!;
    env.drive.trash(doc.id);
    expect(() => exportLatestPdf(env.services, LATER)).toThrow(
      expect.objectContaining({code: 'drive-failed'}),
    );
    expect(pdfs(env)).toEqual([]);
  });

  it('fails with drive-failed when the export itself fails', () => {
    const env = generatedEnvironment();
    env.drive.failNext('export', new Error('Backend Error'));
    expect(() => exportLatestPdf(env.services, LATER)).toThrow(
      expect.objectContaining({
        code: 'drive-failed',
        params: {detail: 'Backend Error'},
      }),
    );
    expect(pdfs(env)).toEqual([]);
  });

  it('names the shape when Drive.Files.export returns neither bytes nor a Blob', () => {
    const env = createFakeServices();
    for (const [value, shape] of [
      ['%PDF', 'string'],
      [undefined, 'undefined'],
      [['a'], 'array'],
    ] as const)
      expect(() => pdfBlob(env.services, value, 'r.pdf')).toThrow(
        expect.objectContaining({
          code: 'drive-failed',
          params: {
            detail: `Drive.Files.export returned ${shape}, not the PDF bytes.`,
          },
        }),
      );
  });

  it('accepts a Blob from Drive.Files.export too, named and typed as a PDF', () => {
    const env = createFakeServices();
    const blob = env.utilities.newBlob('%PDF-1.4', 'text/plain', 'x');
    const pdf = pdfBlob(env.services, blob, 'r.pdf');
    expect([pdf.getName(), pdf.getContentType()]).toEqual(['r.pdf', PDF_MIME]);
  });
});
