import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, tempFolder } from '../documents/support';
import { SKM_QUESTIONS } from './skm-questionnaire';

const folder = tempFolder();
const call = api('pokja');

/** The Google Forms headers of the usual SKM questionnaire. */
const SKM_HEADERS = ['Timestamp', ...SKM_QUESTIONS];

/** An SKM file whose respondents answered on the given days (dd/mm/yyyy, as Google Forms writes them). */
function skm(name: string, days: string[]): string {
  const path = join(folder, name);
  const rows = days.map((day) => [`${day} 09:30:00`, ...SKM_HEADERS.slice(1).map(() => 4)].join(','));
  writeFileSync(path, [SKM_HEADERS.map((h) => `"${h}"`).join(','), ...rows].join('\n'));
  return path;
}

describe('the Pengungkit question on how often the SKM was held, suggested from the surveys', () => {
  it('counts the SKM surveys of the document year, is applied only when the user applies it, as one undoable edit', async () => {
    const view = await call('documents.create', { path: join(folder, 'zi.rbw'), templateId: 'zi-2026' });
    const { documentId } = view;
    await call('documents.setMetadata', { documentId, metadata: { year: 2026 } });
    expect((await call('surveys.list', { documentId })).suggestions).toEqual([]);

    const imports: [string, string[]][] = [
      ['SKM Triwulan I', ['15/02/2026', '20/03/2026']],
      ['SKM Triwulan II', ['14/05/2026']],
      ['SKM Triwulan III', ['13/08/2026', '28/09/2026']],
      ['SKM 2025', ['20/11/2025']],
    ];
    for (const [name, days] of imports) {
      await call('surveys.import', { documentId, path: skm(`${name}.csv`, days), kind: 'skm', name });
    }
    // Three SKM with respondents in 2026 (the 2025 one is another year): "minimal 3 kali dalam setahun" = B.
    const { suggestions } = await call('surveys.list', { documentId });
    expect(suggestions.map((s) => [s.code, s.answer, s.current, s.reason.params.count])).toEqual([
      ['A.I.6.iv.a', 'B', null, 3],
    ]);
    // Nothing applied on its own: the question is still unanswered.
    const before = await call('documents.view', { documentId });
    expect(before.records['A.I.6.iv.a']?.answer ?? null).toBeNull();

    const applied = await call('records.set', {
      documentId,
      itemId: 'A.I.6.iv.a',
      field: 'answer',
      value: suggestions[0]?.answer ?? '',
    });
    expect(applied.changed.map((c) => [c.itemId, c.record.answer])).toEqual([['A.I.6.iv.a', 'B']]);
    expect((await call('surveys.list', { documentId })).suggestions[0]?.current).toBe('B');

    const undone = await call('history.undo', { documentId });
    expect(undone.changed.map((c) => [c.itemId, c.record.answer])).toEqual([['A.I.6.iv.a', null]]);
    // The year moves on: no SKM in 2027 yet → E ("belum dilakukan").
    await call('documents.setMetadata', { documentId, metadata: { year: 2027 } });
    const next = await call('surveys.list', { documentId });
    expect(next.suggestions.map((s) => [s.answer, s.reason.params.count])).toEqual([['E', 0]]);
  });
});
