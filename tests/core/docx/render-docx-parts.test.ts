// The package as a whole: well-formed parts, content types, relationships, core properties.

import {renderDocxParts} from '../../../src/core/docx';
import {FontProfileName} from '../../../src/core/docx/font-profiles';
import {
  children,
  descendants,
  parseXml,
  part,
  path,
  renderParsed,
} from './docx-xml';
import {SAMPLE_REPORT, SAMPLE_TITLE} from './sample-report';

const PROFILES: FontProfileName[] = ['公文', '在线'];

const EXPECTED_PATHS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/settings.xml',
  'word/fontTable.xml',
  'word/footer1.xml',
  'word/footer2.xml',
  'docProps/core.xml',
  'docProps/app.xml',
];

/** Resolves a relationship target against the folder of the part that owns the .rels. */
function resolveTarget(relsPath: string, target: string): string {
  const sourceFolder = relsPath.replace(/_rels\/[^/]*$/, '');
  return sourceFolder + target;
}

describe('renderDocxParts', () => {
  it('returns the eleven parts of a .docx with the content types first', () => {
    const paths = renderDocxParts(SAMPLE_REPORT, '公文').map(p => p.path);
    expect(paths).toEqual(EXPECTED_PATHS);
  });

  it.each(PROFILES)(
    'writes only well-formed XML parts for the %s profile',
    profile => {
      for (const {path: partPath, content} of renderDocxParts(
        SAMPLE_REPORT,
        profile,
      )) {
        expect(() => parseXml(content)).not.toThrow();
        expect(content.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(
          true,
        );
        expect(partPath).not.toMatch(/^\//);
      }
    },
  );

  it('lists every part except the content types and .rels files as an override', () => {
    const types = part(
      renderParsed(SAMPLE_REPORT, '公文'),
      '[Content_Types].xml',
    );
    const overridden = children(types, 'Override').map(o =>
      o.getAttribute('PartName'),
    );
    const expected = EXPECTED_PATHS.filter(
      p => p !== '[Content_Types].xml' && !p.endsWith('.rels'),
    ).map(p => `/${p}`);
    expect(overridden.sort()).toEqual(expected.sort());
    const defaults = children(types, 'Default').map(d =>
      d.getAttribute('Extension'),
    );
    expect(defaults).toEqual(expect.arrayContaining(['rels', 'xml']));
  });

  it('declares the main document, styles, settings, font table and footer content types', () => {
    const types = part(
      renderParsed(SAMPLE_REPORT, '公文'),
      '[Content_Types].xml',
    );
    const typeOf = (name: string) =>
      children(types, 'Override')
        .find(o => o.getAttribute('PartName') === name)
        ?.getAttribute('ContentType');
    expect(typeOf('/word/document.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    expect(typeOf('/word/footer2.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
    );
    expect(typeOf('/docProps/core.xml')).toBe(
      'application/vnd.openxmlformats-package.core-properties+xml',
    );
  });

  it('points every relationship at a part that exists, with unique ids per .rels', () => {
    const parts = renderParsed(SAMPLE_REPORT, '公文');
    for (const relsPath of ['_rels/.rels', 'word/_rels/document.xml.rels']) {
      const relationships = children(part(parts, relsPath), 'Relationship');
      const ids = relationships.map(r => r.getAttribute('Id'));
      expect(new Set(ids).size).toBe(ids.length);
      for (const relationship of relationships) {
        const target = resolveTarget(
          relsPath,
          relationship.getAttribute('Target')!,
        );
        expect(parts.has(target)).toBe(true);
      }
    }
  });

  it('reaches the main document from the package and both footers from the document', () => {
    const parts = renderParsed(SAMPLE_REPORT, '公文');
    const typeTargets = (relsPath: string) =>
      children(part(parts, relsPath), 'Relationship').map(
        r =>
          `${r.getAttribute('Type')!.replace(/^.*\//, '')} ${r.getAttribute('Target')}`,
      );
    expect(typeTargets('_rels/.rels')).toEqual(
      expect.arrayContaining(['officeDocument word/document.xml']),
    );
    expect(typeTargets('word/_rels/document.xml.rels')).toEqual(
      expect.arrayContaining([
        'styles styles.xml',
        'settings settings.xml',
        'fontTable fontTable.xml',
        'footer footer1.xml',
        'footer footer2.xml',
      ]),
    );
  });

  it('writes the title and the author into the core properties', () => {
    const core = part(renderParsed(SAMPLE_REPORT, '公文'), 'docProps/core.xml');
    expect(descendants(core, 'dc:title')[0].textContent).toBe(SAMPLE_TITLE);
    expect(descendants(core, 'dc:creator')[0].textContent).toBe(
      '古荡街道办事处',
    );
  });

  it('writes created and modified dates in W3CDTF when a creation time is given', () => {
    const createdAt = new Date(Date.UTC(2025, 1, 5, 6, 30, 42, 123));
    const core = part(
      renderParsed(SAMPLE_REPORT, '公文', createdAt),
      'docProps/core.xml',
    );
    for (const name of ['dcterms:created', 'dcterms:modified']) {
      const date = descendants(core, name)[0];
      expect(date.textContent).toBe('2025-02-05T06:30:42Z');
      expect(date.getAttribute('xsi:type')).toBe('dcterms:W3CDTF');
    }
  });

  it('omits the dates and renders identical strings twice without a creation time', () => {
    const core = part(renderParsed(SAMPLE_REPORT, '公文'), 'docProps/core.xml');
    expect(descendants(core, 'dcterms:created')).toHaveLength(0);
    expect(renderDocxParts(SAMPLE_REPORT, '在线')).toEqual(
      renderDocxParts(SAMPLE_REPORT, '在线'),
    );
  });

  it('names the producing application in the extended properties', () => {
    const app = part(renderParsed(SAMPLE_REPORT, '公文'), 'docProps/app.xml');
    expect(path(app, 'Application')?.textContent).toBe('fazhi-report');
  });

  it('rejects an unknown font profile', () => {
    expect(() =>
      renderDocxParts(SAMPLE_REPORT, 'unknown' as FontProfileName),
    ).toThrow(/unknown font profile/);
  });

  it('renders a document without blocks as one empty paragraph and the section', () => {
    const parts = renderParsed({title: '', author: '', blocks: []}, '公文');
    const body = path(part(parts, 'word/document.xml'), 'w:body')!;
    expect(children(body, 'w:p')).toHaveLength(1);
    expect(children(body, 'w:sectPr')).toHaveLength(1);
  });
});
