import {
  placeholderNames,
  tokenizeText,
} from '../../../src/core/text/placeholders';

describe('tokenizeText', () => {
  it('returns one literal token for text without braces', () => {
    expect(tokenizeText('共办理案件。')).toEqual([
      {kind: 'literal', text: '共办理案件。'},
    ]);
  });

  it('returns no tokens for empty text', () => {
    expect(tokenizeText('')).toEqual([]);
  });

  it('splits text around a placeholder with no format', () => {
    expect(tokenizeText('累计{{持证人数}}人持证')).toEqual([
      {kind: 'literal', text: '累计'},
      {kind: 'placeholder', raw: '{{持证人数}}', name: '持证人数', format: ''},
      {kind: 'literal', text: '人持证'},
    ]);
  });

  it('reads the format after a half-width bar', () => {
    expect(tokenizeText('{{持证率|百分比1}}')).toEqual([
      {
        kind: 'placeholder',
        raw: '{{持证率|百分比1}}',
        name: '持证率',
        format: '百分比1',
      },
    ]);
  });

  it('reads the format after a full-width bar ｜', () => {
    expect(tokenizeText('{{持证率｜百分比1}}')).toEqual([
      {
        kind: 'placeholder',
        raw: '{{持证率｜百分比1}}',
        name: '持证率',
        format: '百分比1',
      },
    ]);
  });

  it('trims spaces inside the braces from the name and the format', () => {
    const [token] = tokenizeText('{{ 持证率 | 百分比1 }}');
    expect(token).toEqual({
      kind: 'placeholder',
      raw: '{{ 持证率 | 百分比1 }}',
      name: '持证率',
      format: '百分比1',
    });
  });

  it('tokenizes two adjacent placeholders separately', () => {
    expect(tokenizeText('{{甲}}{{乙|万}}').map(t => t.kind)).toEqual([
      'placeholder',
      'placeholder',
    ]);
  });

  it('marks "{{}}" as malformed', () => {
    expect(tokenizeText('共{{}}件')).toEqual([
      {kind: 'literal', text: '共'},
      {kind: 'malformed', text: '{{}}'},
      {kind: 'literal', text: '件'},
    ]);
  });

  it('marks a placeholder with only a format ("{{|万}}") as malformed', () => {
    expect(tokenizeText('{{|万}}')).toEqual([
      {kind: 'malformed', text: '{{|万}}'},
    ]);
  });

  it('marks a stray "{{" as malformed and keeps the text after it', () => {
    const tokens = tokenizeText('共{{持证人数人');
    expect(tokens[0]).toEqual({kind: 'literal', text: '共'});
    expect(tokens[1].kind).toBe('malformed');
    expect(tokens[1]).toHaveProperty('text', '共{{持证人数人');
    expect(tokens[2]).toEqual({kind: 'literal', text: '持证人数人'});
  });

  it('marks a stray "}}" as malformed', () => {
    const tokens = tokenizeText('持证人数}}人');
    expect(tokens.map(t => t.kind)).toEqual([
      'literal',
      'malformed',
      'literal',
    ]);
    expect(tokens[0]).toEqual({kind: 'literal', text: '持证人数'});
    expect(tokens[2]).toEqual({kind: 'literal', text: '人'});
  });

  it('marks full-width braces ｛｛…｝｝ as malformed, never as a placeholder', () => {
    const tokens = tokenizeText('累计｛｛持证人数｝｝人');
    expect(tokens.filter(t => t.kind === 'placeholder')).toEqual([]);
    expect(tokens.filter(t => t.kind === 'malformed')).toHaveLength(2);
  });

  it('keeps every character of the text across the tokens', () => {
    const text = '甲{{乙}}丙}}丁{{戊';
    const tokens = tokenizeText(text);
    const literals = tokens.filter(t => t.kind === 'literal').map(t => t.text);
    expect(literals.join('')).toBe('甲丙丁戊');
  });
});

describe('placeholderNames', () => {
  it('lists placeholder names in order with repeats kept', () => {
    expect(placeholderNames('{{甲}}与{{乙|万}}，再次{{甲}}')).toEqual([
      '甲',
      '乙',
      '甲',
    ]);
  });

  it('leaves malformed placeholders out of the names', () => {
    expect(placeholderNames('{{}}和｛｛甲｝｝和{{乙')).toEqual([]);
  });
});
