import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { VARIATIONS } from '../fixtures/variations/families';
import type { Tracked, VariedWorkbook } from '../fixtures/variations/ensure-variations';
import { ensureVaried } from '../fixtures/variations/ensure-variations';

/**
 * Layout variations of the real workbooks (columns and rows inserted, headers reworded or removed,
 * sheets renamed, moved and covered, blocks moved), made by LibreOffice so that formulas follow; the
 * expected totals are LibreOffice's recalculation of each result, read where the total went.
 */
let varied: Map<string, VariedWorkbook>;
const imported = new Map<string, ImportedWorkbook>();

beforeAll(async () => {
  varied = new Map((await ensureVaried('layout-variations', VARIATIONS)).map((v) => [v.name, v]));
}, 900_000);

async function importOf(name: string): Promise<ImportedWorkbook> {
  const known = imported.get(name);
  if (known) return known;
  const workbook = await importWorkbook((varied.get(name) as VariedWorkbook).file);
  imported.set(name, workbook);
  return workbook;
}

function expected(tracked: Tracked | undefined): number | null {
  if (!tracked || tracked.error) return null;
  return tracked.value;
}

describe('layout variations of the real workbooks', () => {
  it.each(VARIATIONS.map((v) => [v.name, v.what]))(
    '%s (%s): the total LibreOffice computes',
    async (name) => {
      const workbook = await importOf(name);
      const { tracked } = varied.get(name) as VariedWorkbook;
      expect(expected(tracked.total)).not.toBeNull();
      expect(workbook.totals.workbook).toBeCloseTo(expected(tracked.total) as number, 4);
      if (tracked.prior)
        expect(workbook.priorYear?.workbookTotal).toBeCloseTo(expected(tracked.prior) as number, 4);
      if (tracked.sheet)
        expect(workbook.answerSets?.[0]?.workbookTotal).toBeCloseTo(expected(tracked.sheet) as number, 4);
    },
  );

  it('reads the same questions and answers whatever the layout', async () => {
    const original = await importWorkbook(VARIATIONS[0]?.source as string);
    try {
      for (const variation of VARIATIONS.filter((v) => v.source === VARIATIONS[0]?.source)) {
        const workbook = await importOf(variation.name);
        const answers = (w: ImportedWorkbook): [string, unknown][] =>
          Object.entries(w.records).map(([id, r]) => [id, r.answer]);
        expect(answers(workbook), variation.name).toEqual(answers(original));
        expect(workbook.totals.standard, variation.name).toBeCloseTo(original.totals.standard, 9);
      }
    } finally {
      original.engine.destroy();
    }
  });
});

describe('answer sheets after rows were inserted in one of them', () => {
  it('reads each unit sheet’s answers from its own rows', async () => {
    const original = await importWorkbook(
      VARIATIONS.find((v) => v.name === 'pmprb-rows-inserted')?.source as string,
    );
    try {
      const workbook = await importOf('pmprb-rows-inserted');
      const answers = (w: ImportedWorkbook, i: number): unknown[] =>
        Object.values(w.answerSets?.[i]?.records ?? {}).map((r) => r.answer);
      for (let i = 0; i < (original.answerSets?.length ?? 0); i++)
        expect(answers(workbook, i), workbook.answerSets?.[i]?.sheet).toEqual(answers(original, i));
      expect(workbook.answerSets?.map((s) => s.standardTotal)).toEqual(
        original.answerSets?.map((s) => s.standardTotal),
      );
    } finally {
      original.engine.destroy();
    }
  });
});
