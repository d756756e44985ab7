import { describe, expect, it } from 'vitest';
import type { AnswerType } from '../template/answer-type';
import { parseFieldValue } from './parse-field-value';

const item: AnswerType = { kind: 'number', label: 'Nilai (0-4)', min: 0, max: 4, decimals: 4 };

describe('reading a field value', () => {
  it('reads a survey value written the Indonesian way', () => {
    expect(parseFieldValue(item, 'answer', '3,62')).toEqual({ ok: true, value: 3.62 });
    expect(parseFieldValue(item, 'reviewerAnswer', 4.5)).toMatchObject({ ok: false });
  });

  it('reads a pasted evidence block one piece per line, links by their http prefix', () => {
    expect(
      parseFieldValue(item, 'evidence', 'SK Tim\r\n\r\nhttps://drive.example/a\nHTTP://x.example'),
    ).toEqual({
      ok: true,
      value: [{ text: 'SK Tim' }, { url: 'https://drive.example/a' }, { url: 'HTTP://x.example' }],
    });
  });

  it('keeps a description and its link together when a line carries both, as the grid shows them', () => {
    expect(
      parseFieldValue(item, 'evidence', 'SK Tim | https://drive.example/a\nRenja ZI https://drive.example/b'),
    ).toEqual({
      ok: true,
      value: [
        { text: 'SK Tim', url: 'https://drive.example/a' },
        { text: 'Renja ZI', url: 'https://drive.example/b' },
      ],
    });
  });

  it('accepts a status in any case and refuses an unknown one', () => {
    expect(parseFieldValue(item, 'status', 'SELESAI')).toEqual({ ok: true, value: 'selesai' });
    expect(parseFieldValue(item, 'status', 'done')).toMatchObject({
      ok: false,
      problems: [{ code: 'record.badStatus' }],
    });
  });

  it('accepts a target month as YYYY-MM or YYYY-M and refuses month 13', () => {
    expect(parseFieldValue(item, 'targetMonth', '2026-12')).toEqual({ ok: true, value: '2026-12' });
    expect(parseFieldValue(item, 'targetMonth', '2026-3')).toEqual({ ok: true, value: '2026-03' });
    expect(parseFieldValue(item, 'targetMonth', '2026-13')).toMatchObject({ ok: false });
    expect(parseFieldValue(item, 'targetMonth', 'Mei 2026')).toMatchObject({ ok: false });
  });

  it('keeps a note as typed, line breaks included, and refuses a list as a note', () => {
    expect(parseFieldValue(item, 'note', 'Baris 1\nBaris 2')).toEqual({
      ok: true,
      value: 'Baris 1\nBaris 2',
    });
    expect(parseFieldValue(item, 'pokja', [])).toMatchObject({
      ok: false,
      problems: [{ code: 'record.notText' }],
    });
  });

  it('keeps a note as long as an Excel cell holds whole and refuses a longer one, saying both lengths', () => {
    // An Excel cell holds at most 32 767 characters (Excel's specifications and limits).
    const full = 'catatan '.repeat(4096).slice(0, 32_767);
    expect(parseFieldValue(item, 'note', full)).toEqual({ ok: true, value: full });
    expect(parseFieldValue(item, 'reviewerNote', 'x'.repeat(52_800))).toEqual({
      ok: false,
      problems: [{ code: 'record.tooLong', params: { length: '52.800', max: '32.767' } }],
    });
  });
});
