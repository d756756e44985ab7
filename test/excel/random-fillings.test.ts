import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../service/excel/import-workbook';
import { importWorkbook } from '../../service/excel/import-workbook';
import { indexTemplate } from '../../shared/template/template-index';
import { cellName } from '../../shared/workbook/cell-address';
import type { CellPlace } from '../../shared/workbook/layout';
import type { VaryOperation } from '../fixtures/variations/families';
import { PMPRB_FILLED, RB_BPS, ZI_FILLED } from '../fixtures/variations/families';
import type { Tracked, VaryJob, VariedWorkbook } from '../fixtures/variations/ensure-variations';
import { ensureVaried } from '../fixtures/variations/ensure-variations';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { pick, seeded } from '../fixtures/workbooks/random';

/**
 * Random valid answers written into every answer cell of each real workbook (this year's, last year's
 * block, every answer sheet) by LibreOffice, which recalculates the whole workbook: the totals it
 * computes are the expected ones. Where the answers go is read from the original import; what the totals
 * are is LibreOffice's alone.
 */
const PMPRB_BLANK = join(referenceDir, 'workbooks', 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx');
const SOURCES = { zi: ZI_FILLED, rb: RB_BPS, pmprb: PMPRB_FILLED, 'pmprb-blank': PMPRB_BLANK };
const SEEDS = [1, 2, 3];

let varied: Map<string, VariedWorkbook>;
const imports: ImportedWorkbook[] = [];

function place(layoutSheet: string, cell: CellPlace): string {
  const sheet = cell.sheet ?? layoutSheet;
  return `'${sheet.replace(/'/g, "''")}'!${cellName(cell.row, cell.col)}`;
}

/** Random answers of the template's types for one answer column of one sheet. */
function fill(original: ImportedWorkbook, random: () => number, sheet: string, col: number): VaryOperation {
  const index = indexTemplate(original.template);
  const cells: Record<string, string | number | null> = {};
  for (const answerable of index.answerableOrder) {
    const row = original.layout.rows[answerable.id];
    if (row === undefined) continue;
    const type = answerable.type;
    if (answerable.kind === 'indicator' && random() < 0.08) cells[cellName(row, col)] = null;
    else if (type.kind === 'choice') cells[cellName(row, col)] = pick(random, type.options).key;
    else if (type.kind === 'count') cells[cellName(row, col)] = 1 + Math.floor(random() * 30);
    else cells[cellName(row, col)] = Math.round((type.min + random() * (type.max - type.min)) * 100) / 100;
  }
  return { op: 'setCells', sheet, cells };
}

function jobsFor(name: string, source: string, original: ImportedWorkbook): VaryJob[] {
  const { layout } = original;
  const track: Record<string, string> = {};
  if (layout.total) track.total = place(layout.sheet, layout.total);
  if (layout.priorTotal) track.prior = place(layout.sheet, layout.priorTotal);
  if (layout.sheetTotal) track.sheet = place(layout.sheet, layout.sheetTotal);
  (layout.answerSets ?? []).forEach(
    (set, i) => set.total && (track[`set${i}`] = place(set.sheet, set.total)),
  );
  return SEEDS.map((seed) => {
    const random = seeded(seed * 7919);
    const ops: VaryOperation[] = [fill(original, random, layout.sheet, layout.columns.unit.answer)];
    if (layout.columns.prior) ops.push(fill(original, random, layout.sheet, layout.columns.prior.answer));
    for (const set of layout.answerSets ?? [])
      ops.push(fill(original, random, set.sheet, layout.columns.unit.answer));
    return { name: `${name}-${seed}`, source, track, ops };
  });
}

beforeAll(async () => {
  const jobs: VaryJob[] = [];
  for (const [name, source] of Object.entries(SOURCES)) {
    const original = await importWorkbook(source, { compareRules: false });
    try {
      jobs.push(...jobsFor(name, source, original));
    } finally {
      original.engine.destroy();
    }
  }
  varied = new Map((await ensureVaried('random-fillings', jobs)).map((v) => [v.name, v]));
}, 900_000);

afterAll(() => imports.forEach((w) => w.engine.destroy()));

function expectTotal(actual: number | null, tracked: Tracked | undefined, what: string): void {
  if (!tracked) return;
  if (tracked.error) expect(actual, what).toBeNull();
  else expect(actual, what).toBeCloseTo(tracked.value, 4);
}

describe('random fillings of the real workbooks, recalculated by LibreOffice', () => {
  const cases = Object.keys(SOURCES).flatMap((name) => SEEDS.map((seed) => `${name}-${seed}`));
  it.each(cases)('%s: every total is what LibreOffice computes', async (name) => {
    const { file, tracked } = varied.get(name) as VariedWorkbook;
    const workbook = await importWorkbook(file, { compareRules: false });
    imports.push(workbook);
    expectTotal(workbook.totals.workbook, tracked.total, `${name} total`);
    expectTotal(workbook.priorYear?.workbookTotal ?? null, tracked.prior, `${name} last year`);
    expectTotal(workbook.answerSets?.[0]?.workbookTotal ?? null, tracked.sheet, `${name} centre sheet`);
    (workbook.answerSets ?? [])
      .slice(1)
      .forEach((set, i) => expectTotal(set.workbookTotal, tracked[`set${i}`], `${name} ${set.sheet}`));
  });
});
