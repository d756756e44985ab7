import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSession } from '../../service/documents/document-session';
import { findSoffice } from '../../service/workbooks/libreoffice';
import { readSurveys } from '../../service/survey/survey-state';
import { seededRandom } from '../../shared/random';
import { IPAK_ASPECTS, IPKP_ITEMS, SKM_ELEMENTS } from '../../shared/survey/items';
import { planSurveySheet } from '../../shared/survey/plan-survey-sheet';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { api, tempFolder } from '../documents/support';

const folder = tempFolder();
const call = api('pokja');

/** Random answers on 1..scale, about one in eight left blank; headers are the items' own names. */
function randomCsv(
  name: string,
  headers: string[],
  scale: number,
  respondents: number,
  seed: number,
): string {
  const random = seededRandom(seed);
  const lines = [['Jenis Layanan', ...headers].map((h) => `"${h}"`).join(',')];
  for (let r = 0; r < respondents; r++) {
    const answers = headers.map(() => (random() < 0.125 ? '' : String(1 + Math.floor(random() * scale))));
    lines.push([random() < 0.5 ? 'KTP' : 'KK', ...answers].join(','));
  }
  const path = join(folder, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe.skipIf(!findSoffice())('the exported sheet "Survei"', () => {
  it('recalculated by LibreOffice gives the workbench IKM and values to 1e-9', async () => {
    const path = join(folder, 'survei.rbw');
    const { documentId } = await call('documents.create', { path, templateId: 'zi-2021' });
    const skm = SKM_ELEMENTS.map((e) => e.name);
    const imports = [
      { file: randomCsv('skm-a.csv', skm, 4, 137, 1), kind: 'skm' as const, name: 'SKM A' },
      {
        file: randomCsv('skm-b.csv', skm, 4, 23, 2),
        kind: 'skm' as const,
        name: 'SKM B',
        weights: 'rounded' as const,
      },
      { file: randomCsv('skm-c.csv', skm, 4, 400, 3), kind: 'skm' as const, name: 'SKM C' },
      {
        file: randomCsv(
          'spak.csv',
          IPAK_ASPECTS.map((a) => a.name),
          6,
          61,
          4,
        ),
        kind: 'ipak' as const,
        name: 'SPAK',
        scale: 6 as const,
        conversion: 'range' as const,
      },
      {
        file: randomCsv(
          'spkp.csv',
          IPKP_ITEMS.map((a) => a.name),
          5,
          44,
          5,
        ),
        kind: 'ipkp' as const,
        name: 'SPKP',
        scale: 5 as const,
      },
    ];
    for (const { file, ...settings } of imports)
      await call('surveys.import', { documentId, path: file, ...settings });
    const { surveys } = await call('surveys.list', { documentId });
    const out = join(folder, 'survei.xlsx');
    await call('app.export', { documentId, format: 'lke', path: out });
    await call('documents.close', { documentId });

    const session = await DocumentSession.open(path);
    const { blocks } = planSurveySheet(readSurveys(session));
    session.close();
    const [recalculated] = await recalculate([out], join(folder, 'recalculated'));
    const cells = blocks.flatMap((b) => [b.indexCell, ...b.nrrCells]);
    const results = readCells([{ file: recalculated as string, sheet: 'Survei', cells }]);
    const read = results[recalculated as string] ?? {};
    expect(blocks.map((b) => b.name)).toEqual(surveys.map((s) => s.name));
    for (const [i, block] of blocks.entries()) {
      const survey = surveys[i];
      expect(typeof read[block.indexCell]).toBe('number');
      expect(Math.abs((read[block.indexCell] as number) - (survey?.index as number))).toBeLessThan(1e-9);
      block.nrrCells.forEach((cell, j) => {
        expect(Math.abs((read[cell] as number) - (survey?.elements[j]?.nrr as number))).toBeLessThan(1e-9);
      });
    }
  });
});
