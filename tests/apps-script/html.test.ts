import {escapeHtml, linkHtml, safeUrl} from '../../src/apps-script/ui/html';

describe('dialog HTML', () => {
  it('escapes markup and quotes from cell text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&\'')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;',
    );
  });

  it('turns anything but an https link into "#"', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl('https://docs.google.com/document/d/1/edit')).toBe(
      'https://docs.google.com/document/d/1/edit',
    );
  });

  it('writes a link whose label cannot inject markup', () => {
    expect(linkHtml('https://x.test/?a=1&b=2', '<b>报告</b>')).toBe(
      '<a href="https://x.test/?a=1&amp;b=2" target="_blank" rel="noopener">&lt;b&gt;报告&lt;/b&gt;</a>',
    );
  });
});
