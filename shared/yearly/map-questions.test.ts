import { describe, expect, it } from 'vitest';
import { group, question, template } from '../../test/support/small-templates';
import { indexTemplate } from '../template/template-index';
import type { Group } from '../template/template-schema';
import { mapQuestions } from './map-questions';
import { normaliseQuestion, textSimilarity } from './question-text';
import { KNOWN_RENAMES } from './renames';
import { builtinTemplates } from '../builtin-templates';

const subArea = (id: string, title: string, children: Group['children']): Group =>
  group(id, 'sub-area', 10, 'average', children, { title });
const indexOf = (...subAreas: Group[]) =>
  indexTemplate(template(group('root', 'root', 100, 'sum', subAreas)));
const pairs = (mapping: ReturnType<typeof mapQuestions>) =>
  mapping.matches.map((m) => [m.from, m.to, m.how, m.confidence]);

describe('question texts', () => {
  it('are compared without case, accents, punctuation or extra spaces', () => {
    expect(normaliseQuestion('  Apakah   telah dibentuk Tim Kerja? ')).toBe(
      'apakah telah dibentuk tim kerja',
    );
    expect(normaliseQuestion('Pelayanan (publik) — café, 2021')).toBe('pelayanan publik cafe 2021');
  });

  it('are as similar as the bigrams they share (Dice), worked out by hand', () => {
    // " night " and " nacht ": 6 bigrams each, " n", "ht" and "t " shared: 2·3 / 12.
    expect(textSimilarity('night', 'nacht')).toBe(0.5);
    expect(textSimilarity('tim kerja', 'tim kerja')).toBe(1);
    // " ab " → " a", "ab", "b "; " ac " → " a", "ac", "c ": one of three shared: 2·1 / 6.
    expect(textSimilarity('ab', 'ac')).toBeCloseTo(1 / 3, 10);
    expect(textSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('mapping last year onto this year', () => {
  const last = indexOf(
    subArea('S1', 'Penyusunan Tim Kerja', [
      question('S1.a', 'Ya/Tidak', { title: 'Apakah unit telah membentuk tim kerja?' }),
      question('S1.b', 'A/B/C', { title: 'Apakah tim kerja telah dibentuk melalui prosedur?' }),
      question('S1.c', 'A/B/C', { title: 'Apakah telah disusun rencana kerja pembangunan zona integritas?' }),
      question('S1.d', 'A/B/C', { title: 'Apakah terdapat monitoring dan evaluasi rencana kerja?' }),
      question('S1.e', 'A/B/C', { title: 'Seluruh pegawai telah menandatangani pakta integritas' }),
    ]),
    subArea('S2', 'Survei', [question('S2.a', 'Nilai (0-4)', { title: 'Nilai survei persepsi korupsi' })]),
  );
  const current = indexOf(
    subArea('S1', 'Penyusunan Tim Kerja', [
      // Same code, same text.
      question('S1.a', 'Ya/Tidak', { title: 'Apakah unit telah membentuk tim kerja?' }),
      // Moved from b to c, same words, other case and punctuation.
      question('S1.c', 'A/B/C', { title: 'apakah  tim kerja telah dibentuk melalui prosedur' }),
      // Rencana kerja: one word changed ("pembangunan" → "pembangunannya").
      question('S1.b', 'A/B/C', {
        title: 'Apakah telah disusun rencana kerja pembangunannya zona integritas?',
      }),
      // Monitoring: reworded, near but not near enough to be taken.
      question('S1.d', 'A/B/C', { title: 'Apakah dilakukan monitoring atas rencana kerja secara berkala?' }),
    ]),
    // The survey became a Ya/Tidak question with the same words: another kind of answer.
    subArea('S2', 'Survei', [question('S2.a', 'Ya/Tidak', { title: 'Nilai survei persepsi korupsi' })]),
  );

  it('takes the same code and text, then the same normalised text, then a close text', () => {
    const mapping = mapQuestions(last, current);
    expect(pairs(mapping)).toEqual([
      ['S1.a', 'S1.a', 'code', 1],
      ['S1.b', 'S1.c', 'text', 1],
      ['S1.c', 'S1.b', 'fuzzy', expect.any(Number)],
    ]);
    expect(mapping.matches[2]!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(mapping.matches[2]!.confidence).toBeLessThan(1);
  });

  it('offers a merely similar text as a suggestion and lists what found no place', () => {
    const { unmatched } = mapQuestions(last, current);
    expect(unmatched.map((u) => [u.from, u.suggestion?.to ?? null])).toEqual([
      ['S1.d', 'S1.d'],
      ['S1.e', null],
      ['S2.a', null],
    ]);
    const near = unmatched[0]!.suggestion!.confidence;
    expect(near).toBeGreaterThanOrEqual(0.6);
    expect(near).toBeLessThan(0.85);
  });

  it('takes a suggestion when the thresholds are lowered, and nothing fuzzy when raised', () => {
    const loose = mapQuestions(last, current, { thresholds: { accept: 0.5, suggest: 0.3 } });
    expect(pairs(loose).map((p) => p.slice(0, 3))).toContainEqual(['S1.d', 'S1.d', 'fuzzy']);
    const strict = mapQuestions(last, current, { thresholds: { accept: 1.01, suggest: 1.01 } });
    expect(pairs(strict).map((p) => p[0])).toEqual(['S1.a', 'S1.b']);
  });

  it('follows the table of known renames before anything else', () => {
    const mapping = mapQuestions(last, current, { renames: { 'S1.e': 'S1.d', 'S1.a': 'nowhere' } });
    expect(pairs(mapping)).toContainEqual(['S1.e', 'S1.d', 'table', 1]);
    // A rename to an item this year does not have is ignored; the code still finds S1.a.
    expect(pairs(mapping)).toContainEqual(['S1.a', 'S1.a', 'code', 1]);
    expect(mapping.unmatched.map((u) => u.from)).toEqual(['S1.d', 'S2.a']);
  });
});

describe('ZI 2021 onto ZI 2026', () => {
  const byId = new Map(builtinTemplates().map((t) => [t.id, indexTemplate(t)]));
  const zi2021 = byId.get('zi-2021')!;
  const zi2026 = byId.get('zi-2026')!;
  const mapping = mapQuestions(zi2021, zi2026, { renames: KNOWN_RENAMES['zi-2021>zi-2026'] });
  const to = new Map(mapping.matches.map((m) => [m.from, m]));

  it('moves the LHKPN counts by the table and the non-LHKPN counts up one line', () => {
    expect(to.get('A.II.5.iii.i.a.1')).toMatchObject({ to: 'A.II.5.iii.a.a.1', how: 'table' });
    expect(to.get('A.II.5.iii.i.a.4')).toMatchObject({ to: 'A.II.5.iii.a.a.4', how: 'table' });
    expect(to.get('A.II.5.iii.b.a.2')).toMatchObject({ to: 'A.II.5.iii.b.a.1', how: 'table' });
    expect(to.get('A.II.5.iii.b.a.5')).toMatchObject({ to: 'A.II.5.iii.b.a.4', how: 'table' });
  });

  it('leaves only the count of those who must report non-LHKPN without a place', () => {
    expect(mapping.unmatched.map((u) => u.from)).toEqual(['A.II.5.iii.b.a.1']);
  });

  it('finds the two questions of Pelayanan Publik v. that swapped places by their text', () => {
    const swapped = mapping.matches.filter((m) => m.how === 'text' && m.from !== m.to);
    expect(swapped.length).toBeGreaterThan(0);
    for (const m of swapped)
      expect(zi2021.indicators.get(m.from)?.title).toBe(zi2026.indicators.get(m.to)?.title);
  });
});
