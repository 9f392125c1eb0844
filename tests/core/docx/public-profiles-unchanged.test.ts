// The public outputs (公文 and 在线) of the sample workbook, pinned part by part as SHA-256 of
// their text as rendered before the 报送 profile was added (commit fbf6f19). Adding the 报送
// layout must not move a byte of them; a deliberate change of the public layout updates these.
// Updated once since: the 在线 profile's document.xml and styles.xml for its proportional line
// spacing (issue 12, the Google Doc as the review copy); 公文 is unchanged.

import {createHash} from 'crypto';
import {buildReport} from '../../../src/core/build-report';
import {renderDocxParts} from '../../../src/core/docx';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';

const SHARED: Readonly<Record<string, string>> = {
  '[Content_Types].xml':
    'ed4d8b56e5b669513ea267eeaa95399fb2628c351dd91178f05e15e9b209af63',
  '_rels/.rels':
    'd6f21829c0081670bdb417d3e3f644b81134a121e074fb153c7686faaa8b167b',
  'docProps/app.xml':
    'bd3ff71f34c1c6613246d51ae3f82113d103ebc50e3bf891566054a2811467cc',
  'docProps/core.xml':
    'cef2e4e03f584efd12a1bf8fc644aa23c87035aea8a7be06e1a475a72637ee06',
  'word/_rels/document.xml.rels':
    '1293d5fd95f995ca268cb14b1a52d6fa5935443e9bd80c8c91be7e8ea92948e4',
  'word/settings.xml':
    'f6385593461b50dcfac69bd6886c52dbaaa05646e8ed6cdd3d1ff95068972fc7',
};

const PINNED = {
  公文: {
    ...SHARED,
    'word/document.xml':
      '0c5210383d802b89410bebea53d3209faf47b8e8ed1f9c4c6422b0a25f4e40d5',
    'word/fontTable.xml':
      'b1872c97fc4175788a360e9b086735eb2ebbc0d7a1f44c75e144f6a8d7dbcf80',
    'word/footer1.xml':
      '4d04b42235f1bbd3ddc5b96f139ecc451249c33eaf05b081681771ec4660d900',
    'word/footer2.xml':
      'b6ac46d5f00c0ad389e594a923746f057f6f11f84f9411aa635c61a51d3f1cf5',
    'word/styles.xml':
      'cd46d6d95eef927843a6e2c591a50379ca02e9887d51d2cf8cd068a164c6517f',
  },
  在线: {
    ...SHARED,
    'word/document.xml':
      'ad218ee013386144bd858a06b3f338b25d9fbf46e9397ea5ccbae1d30643ff37',
    'word/fontTable.xml':
      '81516e2f76a7d200a53315c86102ec938e3c7735370b19087267f328a3c6cc15',
    'word/footer1.xml':
      '23cf5b2a1e03e805a5e6321ded6d0224bf6d5e347eae67d67517db255b987410',
    'word/footer2.xml':
      '1004bc08c8afa52570a6d3178012329269f11887179525a99e9057738f2d1a3f',
    'word/styles.xml':
      '41f9a496cc68724d781a84658b2cc565b0acdbcfe3d25d2a0bbcaaecfcb32c69',
  },
} as const;

const sha256 = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

describe('the public profiles of the sample', () => {
  const build = buildReport(sampleWorkbookGrids());

  it.each(['公文', '在线'] as const)(
    'renders every %s part byte for byte as before the 报送 profile',
    profile => {
      const parts = renderDocxParts(build.document, profile);
      expect(
        Object.fromEntries(parts.map(p => [p.path, sha256(p.content)])),
      ).toEqual(PINNED[profile]);
    },
  );
});
