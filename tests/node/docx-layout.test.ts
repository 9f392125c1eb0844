// The .docx the command line writes, read back from the zip: GB/T 9704 page and type settings.

import {mkdtempSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {runCli} from '../../src/node/cli';
import {captureConsole} from '../helpers/capture-console';
import {readDocx, type DocxContents, type XmlRoot} from '../helpers/read-docx';

const all = (root: XmlRoot, tag: string) =>
  Array.from(root.getElementsByTagName(tag));
const first = (root: XmlRoot, tag: string) => {
  const found = all(root, tag)[0];
  if (!found) throw new Error(`no ${tag}`);
  return found;
};

describe('the sample .docx written by `build`', () => {
  let docx: DocxContents;
  beforeAll(async () => {
    const path = join(
      mkdtempSync(join(tmpdir(), 'fazhi-layout-')),
      'report.docx',
    );
    expect(await runCli(['build', '-o', path], captureConsole())).toBe(0);
    docx = readDocx(path);
  });

  it('sets an A4 page with the GB/T 9704 margins', () => {
    const body = docx.xml('word/document.xml');
    const size = first(body, 'w:pgSz');
    expect([size.getAttribute('w:w'), size.getAttribute('w:h')]).toEqual([
      '11906',
      '16838',
    ]);
    const margins = first(body, 'w:pgMar');
    expect(
      ['w:top', 'w:bottom', 'w:left', 'w:right'].map(a =>
        margins.getAttribute(a),
      ),
    ).toEqual(['2098', '1984', '1588', '1474']);
  });

  it('names an East Asian font in every run property that names fonts', () => {
    for (const part of [
      'word/document.xml',
      'word/styles.xml',
      'word/footer1.xml',
    ]) {
      const fonts = all(docx.xml(part), 'w:rFonts');
      expect(fonts.length).toBeGreaterThan(0);
      fonts.forEach(f => expect(f.getAttribute('w:eastAsia')).toBeTruthy());
    }
    expect(docx.files['word/styles.xml']).toContain('仿宋_GB2312');
    expect(docx.files['word/styles.xml']).toContain('黑体');
  });

  it('uses 22 pt for the title, 16 pt for the body and 14 pt for page numbers', () => {
    const sizes = (part: string) =>
      new Set(all(docx.xml(part), 'w:sz').map(s => s.getAttribute('w:val')));
    const text = [...sizes('word/document.xml'), ...sizes('word/styles.xml')];
    expect(text).toEqual(expect.arrayContaining(['44', '32']));
    expect([...sizes('word/footer1.xml')]).toEqual(['28']);
    expect([...sizes('word/footer2.xml')]).toEqual(['28']);
  });

  it('uses exact line spacing and a two-character first-line indent on body text', () => {
    const styles = docx.xml('word/styles.xml');
    const exact = all(styles, 'w:spacing').filter(
      s => s.getAttribute('w:lineRule') === 'exact',
    );
    expect(exact.length).toBeGreaterThan(0);
    const indents = [
      ...all(styles, 'w:ind'),
      ...all(docx.xml('word/document.xml'), 'w:ind'),
    ];
    expect(
      indents.some(
        i =>
          i.getAttribute('w:firstLine') === '640' &&
          i.getAttribute('w:firstLineChars') === '200',
      ),
    ).toBe(true);
  });

  it('numbers odd pages on the right and even pages on the left with PAGE fields', () => {
    expect(docx.files['word/settings.xml']).toContain('w:evenAndOddHeaders');
    const refs = all(docx.xml('word/document.xml'), 'w:footerReference').map(
      r => r.getAttribute('w:type'),
    );
    expect(refs.sort()).toEqual(['default', 'even']);
    const align = (part: string) =>
      first(docx.xml(part), 'w:jc').getAttribute('w:val');
    expect(align('word/footer1.xml')).toBe('right');
    expect(align('word/footer2.xml')).toBe('left');
    for (const part of ['word/footer1.xml', 'word/footer2.xml']) {
      expect(docx.files[part]).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
      expect(docx.files[part]).toContain('—');
    }
  });
});
