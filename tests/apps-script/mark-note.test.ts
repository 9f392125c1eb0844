// The note of a marked cell under clerks' edits: the script recognises exactly its own lines and
// keeps every word a clerk typed, through clearing and re-marking.

import {finding} from '../../src/core/findings/finding';
import {cellRef} from '../../src/core/workbook/cell-ref';
import {
  clerkNote,
  readMarkNote,
  scriptLine,
} from '../../src/apps-script/sheets/mark-note';
import {
  clerkLook,
  markedLook,
} from '../../src/apps-script/sheets/validation-marks';
import {MARK_PREFIX} from '../../src/apps-script/ui/ui-text-marks';

const error = finding('figure-not-number', cellRef('数据', 2, 2), {
  name: '立案数',
  value: '很多',
});
const warning = finding('rate-out-of-range', cellRef('数据', 2, 2), {
  name: '结案率',
  value: '120%',
  side: 'above',
});
const WORDS = '张科长已核实';

/** The clerk's note after clearing the marks off `note`. */
const cleared = (note: string) => clerkNote(readMarkNote(note));

/** Remarks `note` with the same findings and clears again: what the clerk keeps must not move. */
function survivesRemark(note: string): void {
  const once = cleared(note);
  const again = markedLook({note, background: null}, [error, warning]);
  expect(again.note).toContain(WORDS);
  expect(cleared(again.note)).toBe(once);
}

describe('mark notes', () => {
  const own = '请核对来源\n第二行';
  const marked = markedLook({note: own, background: null}, [error, warning]);

  it('ends each of the script’s lines with a check code of its text', () => {
    const lines = marked.note.split('\n');
    expect(lines.slice(0, 2).every(l => /〔[0-9a-f]{6}〕$/.test(l))).toBe(true);
    expect(lines.slice(2)).toEqual(own.split('\n'));
    expect(readMarkNote(marked.note).marked).toBe(true);
  });

  it('keeps a clerk’s words inserted at every character of a marked note', () => {
    for (let at = 0; at <= marked.note.length; at++) {
      const edited = marked.note.slice(0, at) + WORDS + marked.note.slice(at);
      const mine = cleared(edited);
      expect([at, mine.includes(WORDS)]).toEqual([at, true]);
      survivesRemark(edited);
    }
  });

  it('keeps a clerk’s lines before, between and after the script’s lines exactly', () => {
    const [first, second, ...rest] = marked.note.split('\n');
    const edited = ['前言', first, '中间一句', second, ...rest, '末尾'].join(
      '\n',
    );
    expect(cleared(edited)).toBe(
      ['前言', '中间一句', ...own.split('\n'), '末尾'].join('\n'),
    );
    const again = markedLook({note: edited, background: null}, [error]);
    const lines = again.note.split('\n');
    expect(lines[0]).toBe('前言');
    expect(lines[1].startsWith(`${MARK_PREFIX}错误：`)).toBe(true);
    expect(lines.slice(2)).toEqual(['中间一句', ...own.split('\n'), '末尾']);
  });

  it('keeps words typed on the same line before or after a script line, without the script’s text', () => {
    const [first, ...rest] = marked.note.split('\n');
    const edited = [`张：${first}已改`, ...rest].join('\n');
    const mine = cleared(edited);
    expect(mine.split('\n')).toEqual(['张：', '已改', ...own.split('\n')]);
    expect(mine).not.toContain(MARK_PREFIX);
  });

  it('keeps a script line the clerk edited inside whole, as the clerk’s', () => {
    const [first, ...rest] = marked.note.split('\n');
    const edited = [first.replace('立案数', '立案数（已问过）'), ...rest].join(
      '\n',
    );
    const mine = cleared(edited);
    expect(mine.split('\n')[0]).toContain('立案数（已问过）');
    expect(mine.split('\n').slice(1)).toEqual(own.split('\n'));
  });

  it('treats a line with a wrong code, or without one beside the clerk’s text, as the clerk’s', () => {
    const line = scriptLine('错误：示例');
    const noCode = line.replace(/〔[0-9a-f]{6}〕$/, '');
    const wrongCode = line.replace(/〔[0-9a-f]{6}〕$/, '〔000000〕');
    expect(readMarkNote(line).marked).toBe(true);
    for (const note of [
      `${noCode}\n另一行`,
      wrongCode,
      `${MARK_PREFIX}我自己写的`,
    ]) {
      expect(readMarkNote(note).marked).toBe(false);
      expect(cleared(note)).toBe(note);
    }
    // Alone, a line without a code has the shape of a mark written before codes existed.
    expect(readMarkNote(noCode).marked).toBe(true);
  });

  it('keeps the clerk’s words through random edits (fixed seed)', () => {
    let seed = 20250205;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const pieces = ['\n', '【校验】', '〔', '〕', 'a1b2c3', '错误：', WORDS];
    for (let round = 0; round < 300; round++) {
      let note = marked.note;
      for (let k = random(4); k >= 0; k--) {
        const at = random(note.length + 1);
        note =
          note.slice(0, at) + pieces[random(pieces.length)] + note.slice(at);
      }
      const at = random(note.length + 1);
      note = note.slice(0, at) + WORDS + note.slice(at);
      expect(cleared(note)).toContain(WORDS);
      survivesRemark(note);
    }
  });

  it('reads notes written before check codes existed', () => {
    const legacy = [
      '【校验】错误：旧消息',
      '—— 原批注 ——',
      '原来的批注',
      '【原底色】#00ff00',
    ].join('\n');
    expect(clerkLook(legacy, '#f4cccc')).toEqual({
      note: '原来的批注',
      background: '#00ff00',
    });
    expect(clerkLook('【校验】警告：旧消息', '#fce8b2')).toEqual({
      note: '',
      background: null,
    });
  });

  it('keeps the clerk’s fill under a mark, and a colour the clerk chose while it was marked', () => {
    const look = markedLook({note: '', background: '#00ff00'}, [error]);
    expect(look.background).toBe('#f4cccc');
    expect(clerkLook(look.note, look.background!)).toEqual({
      note: '',
      background: '#00ff00',
    });
    expect(clerkLook(look.note, '#123456').background).toBe('#123456');
    expect(clerkLook(look.note, '#ffffff').background).toBeNull();
  });
});

describe('mark notes under hostile input', () => {
  it('reads a 100 KB note full of prefixes and codes in bounded time and keeps all of it', () => {
    const hostile = `${MARK_PREFIX}〔abcdef〕〔12`.repeat(8000);
    const started = Date.now();
    expect(cleared(hostile)).toBe(hostile);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
