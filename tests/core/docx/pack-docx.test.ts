import {strFromU8, unzipSync} from 'fflate';
import {packDocx} from '../../../src/core/docx/pack-docx';

const PARTS = [
  {path: '[Content_Types].xml', content: '<Types/>'},
  {path: 'word/document.xml', content: '<w:document>法治</w:document>'},
];

describe('packDocx', () => {
  it('zips every part under its path with its UTF-8 text', () => {
    const files = unzipSync(packDocx(PARTS));
    expect(Object.keys(files)).toEqual(PARTS.map(p => p.path));
    expect(strFromU8(files['word/document.xml'])).toBe(
      '<w:document>法治</w:document>',
    );
  });

  it('gives the same bytes for the same parts, whenever it runs', async () => {
    const first = packDocx(PARTS);
    await new Promise(resolve => setTimeout(resolve, 2100));
    expect(packDocx(PARTS)).toEqual(first);
    expect(packDocx([PARTS[0]])).not.toEqual(first);
  });
});
