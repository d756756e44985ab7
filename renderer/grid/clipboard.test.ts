import { describe, expect, it } from 'vitest';
import { fromTsv, toTsv } from './clipboard';

describe('clipboard text', () => {
  it('reads a column of answers copied from Excel (trailing newline, CRLF)', () => {
    expect(fromTsv('A\r\nB\r\nYa\r\n')).toEqual([['A'], ['B'], ['Ya']]);
  });

  it('reads a range with an empty cell and a quoted multi-line note', () => {
    expect(fromTsv('A\t"baris 1\nbaris ""2"""\n\tcatatan\n')).toEqual([
      ['A', 'baris 1\nbaris "2"'],
      ['', 'catatan'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['A', 'catatan dengan\ttab'],
      ['3,62', ''],
    ];
    expect(fromTsv(toTsv(rows))).toEqual(rows);
  });

  it('keeps a last row of one empty cell (a copy of "Ya" over an empty answer is two rows)', () => {
    expect(toTsv([['Ya'], ['']])).toBe('Ya\n\n');
    expect(fromTsv(toTsv([['Ya'], ['']]))).toEqual([['Ya'], ['']]);
    expect(fromTsv(toTsv([['']]))).toEqual([['']]);
  });
});
