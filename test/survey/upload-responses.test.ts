import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, formatProblem } from '../../shared/i18n/translator';
import { api, problemsOf, tempFolder } from '../documents/support';
import { SKM_QUESTIONS } from './skm-questionnaire';

const folder = tempFolder();
const call = api('pokja');
const t = createTranslator('id');

const SKM_HEADERS = ['Timestamp', ...SKM_QUESTIONS];

/** A CSV of SKM answers as the browser sends it: its bytes in base64. */
function upload(fileName: string, rows: (string | number)[][]) {
  const text = [SKM_HEADERS.map((h) => `"${h}"`).join(','), ...rows.map((r) => r.join(','))].join('\n');
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

describe('a file of responses uploaded from the browser', () => {
  it('is read and imported like a file in the folder, named by its file name', async () => {
    const { documentId } = await call('documents.create', {
      path: join(folder, 'a.rbw'),
      templateId: 'zi-2026',
    });
    // Two respondents: all 4, and all 3 → every NRR 3,5 → IKM 3,5 × 25 = 87,50.
    const file = upload('skm-unggah.csv', [
      ['15/03/2026 09:00:00', 4, 4, 4, 4, 4, 4, 4, 4, 4],
      ['16/03/2026 09:00:00', 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const read = await call('surveys.read', { documentId, kind: 'skm', ...file });
    expect(read.survey.respondents).toBe(2);
    const imported = await call('surveys.import', { documentId, kind: 'skm', name: 'SKM unggah', ...file });
    expect([imported.survey.sourceFile, imported.survey.index]).toEqual(['skm-unggah.csv', 87.5]);
    const { surveys } = await call('surveys.list', { documentId });
    expect(surveys.map((s) => [s.name, s.respondents])).toEqual([['SKM unggah', 2]]);
  });

  it('bad bytes are refused in one line naming the file, and nothing is stored', async () => {
    const { documentId } = await call('documents.create', {
      path: join(folder, 'b.rbw'),
      templateId: 'zi-2026',
    });
    const notSurvey = {
      fileName: 'catatan.csv',
      contentBase64: Buffer.from('a,b\n1,2\n').toString('base64'),
    };
    const problems = await problemsOf(call('surveys.import', { documentId, kind: 'skm', ...notSurvey }));
    expect(problems.map((p) => formatProblem(p, t))).toEqual([
      'catatan.csv: tidak ada kolom yang judulnya menyebut butir survei SKM (mis. "Persyaratan", "Pungutan liar")',
    ]);
    expect((await call('surveys.list', { documentId })).surveys).toEqual([]);
  });
});
