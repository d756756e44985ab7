import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../service/documents/score-document';
import { builtinTemplate } from '../../shared/builtin-templates';
import { bestAnswers } from '../support/best-answers';
import { indexTemplate } from '../../shared/template/template-index';
import type { Template } from '../../shared/template/template-schema';
import { api, problemsOf, tempFolder } from '../documents/support';

const folder = tempFolder();
const call = api('pokja');
const SURVEY_ITEMS = ['B.I.a', 'B.II.a'];

const IPAK_HEADERS = [
  'Timestamp',
  'Petugas memberikan pelayanan tanpa diskriminasi',
  'Tidak ada kecurangan pelayanan (di luar prosedur)',
  'Petugas tidak menerima imbalan atau gratifikasi',
  'Tidak ada praktik percaloan',
  'Tidak ada pungutan liar',
];
const IPKP_HEADERS = [
  'Timestamp',
  'Informasi pelayanan tersedia',
  'Persyaratan pelayanan jelas',
  'Prosedur pelayanan mudah',
  'Jangka waktu pelayanan sesuai',
  'Tarif/biaya pelayanan wajar',
  'Sarana dan prasarana memadai',
  'Petugas responsif dan sopan',
  'Layanan konsultasi dan pengaduan tersedia',
];

/** n respondents on the 1–4 scale, each answering every item with `value(row)`. */
function responses(name: string, headers: string[], n: number, value: (row: number) => number): string {
  const path = join(folder, name);
  const lines = [headers.map((h) => `"${h}"`).join(',')];
  for (let r = 0; r < n; r++)
    lines.push(
      [`01/06/2026 08:${String(r % 60).padStart(2, '0')}:00`, ...headers.slice(1).map(() => value(r))].join(
        ',',
      ),
    );
  writeFileSync(path, lines.join('\n'));
  return path;
}

const wbk = (scores: { predicates?: { id: string; pass: { whole: boolean } }[] }) =>
  scores.predicates?.find((p) => p.id === 'wbk')?.pass.whole;

describe('a ZI document whose Hasil survey questions are bound to IPAK and IPKP surveys', () => {
  it('takes the values from the responses: total, WBK predicate and `rbw score` follow them, undo takes an import back', async () => {
    const path = join(folder, 'zi.rbw');
    const view = await call('documents.create', { path, templateId: 'zi-2021' });
    const documentId = view.documentId;
    const index = indexTemplate(builtinTemplate('zi-2021') as Template);
    const edits = [...bestAnswers(index)]
      .filter(([id]) => !SURVEY_ITEMS.includes(id))
      .map(([itemId, value]) => ({ itemId, field: 'answer' as const, value }));
    await call('records.paste', { documentId, edits });

    await call('surveys.import', {
      documentId,
      path: responses('spak.csv', IPAK_HEADERS, 30, () => 4),
      kind: 'ipak',
      name: 'SPAK 2026',
    });
    await call('surveys.import', {
      documentId,
      path: responses('spkp.csv', IPKP_HEADERS, 30, () => 4),
      kind: 'ipkp',
      name: 'SPKP 2026',
    });
    await call('surveys.bind', { documentId, name: 'SPAK 2026', itemId: 'B.I.a' });
    const bound = await call('surveys.bind', { documentId, name: 'SPKP 2026', itemId: 'B.II.a' });
    // Every answer best and both surveys 4,00: the whole 100, and Menuju WBK met.
    expect(bound.scores.unit.total).toBeCloseTo(100, 9);
    expect(wbk(bound.scores.unit)).toBe(true);

    // Half the respondents now answer 3: IPAK 3,50 < 3,60, so 0,50 ÷ 4 × 17,5 = 2,1875 points are lost
    // and the anti-corruption survey minimum of WBK fails.
    const lower = await call('surveys.import', {
      documentId,
      path: responses('spak-2.csv', IPAK_HEADERS, 30, (r) => (r % 2 ? 3 : 4)),
      kind: 'ipak',
      name: 'SPAK 2026',
    });
    expect(lower.survey.index).toBeCloseTo(3.5, 12);
    expect(lower.result.changed.find((c) => c.itemId === 'B.I.a')?.record.answer).toBe(3.5);
    expect(lower.result.scores.unit.total).toBeCloseTo(100 - 2.1875, 9);
    expect(wbk(lower.result.scores.unit)).toBe(false);

    const again = await call('documents.view', { documentId });
    expect(again.records['B.I.a']?.answer).toBe(3.5);
    await call('documents.close', { documentId });
    const scored = await scoreDocument(path, { gains: 0 });
    expect(scored.summary.total).toBeCloseTo(100 - 2.1875, 9);
    expect(scored.summary.predicates.find((p) => p.id === 'wbk')?.pass.whole).toBe(false);

    const reopened = await call('documents.open', { path });
    const undone = await call('history.undo', { documentId: reopened.documentId, steps: 1 });
    expect(undone.scores.unit.total).toBeCloseTo(100, 9);
    const { surveys } = await call('surveys.list', { documentId: reopened.documentId });
    expect(
      surveys.map((s) => [s.name, s.kind, s.respondents, s.index, s.boundTo.map((b) => b.itemId)]),
    ).toEqual([
      ['SPAK 2026', 'ipak', 30, 4, ['B.I.a']],
      ['SPKP 2026', 'ipkp', 30, 4, ['B.II.a']],
    ]);
    await call('documents.close', { documentId: reopened.documentId });
  });

  it('stores nothing from a refused import and binds only a 0–4 Hasil question', async () => {
    const path = join(folder, 'zi-refused.rbw');
    const { documentId } = await call('documents.create', { path, templateId: 'zi-2021' });
    const bad = responses('bad.csv', IPAK_HEADERS, 3, () => 7);
    writeFileSync(bad, `${IPAK_HEADERS.join(',')}\n,Lumayan,4,4,4,4\n`);
    const problems = await problemsOf(call('surveys.import', { documentId, path: bad, kind: 'ipak' }));
    expect(problems.map((p) => p.code)).toEqual(['survey.unknownLabels']);
    expect((await call('surveys.list', { documentId })).surveys).toEqual([]);
    expect((await call('documents.view', { documentId })).canUndo).toBe(false);

    await call('surveys.import', {
      documentId,
      path: responses('ok.csv', IPAK_HEADERS, 5, () => 4),
      kind: 'ipak',
    });
    const notBindable = await problemsOf(call('surveys.bind', { documentId, name: 'IPAK', itemId: 'B.I.b' }));
    expect(notBindable.map((p) => p.code)).toEqual(['survey.notBindable']);
    await call('documents.close', { documentId });
  });
});
