import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { indexTemplate } from '../../shared/template/template-index';
import { cellName } from '../../shared/workbook/read/cell-address';
import type { VaryOperation } from '../fixtures/variations/families';
import { PMPRB_FILLED, RB_BPS, ZI_FILLED } from '../fixtures/variations/families';
import type { Tracked, VaryJob, VariedWorkbook } from '../fixtures/variations/ensure-variations';
import { ensureVaried } from '../fixtures/variations/ensure-variations';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { pick, seeded } from '../fixtures/workbooks/random';
import { kindOf } from '../../shared/answers/kinds';

/**
 * Random valid answers written into every answer cell of each real workbook (this year's, last year's
 * block, every answer sheet) by LibreOffice, which recalculates the whole workbook: the totals it
 * computes are the expected ones. Where the answers go is read from the original import; which cells
 * hold the totals is written here by hand (workbooks/SOURCES.md, each checked against its label in the
 * sheet), not taken from the import; what the totals are is LibreOffice's alone.
 */
const PMPRB_BLANK = join(referenceDir, 'workbooks', 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx');
const SOURCES = { zi: ZI_FILLED, rb: RB_BPS, pmprb: PMPRB_FILLED, 'pmprb-blank': PMPRB_BLANK };
const SEEDS = [1, 2, 3];

/**
 * Each workbook's totals by cell, and which total of the import must equal each: the headline (`total`),
 * last year's block (`prior`), the centre sheet and each unit sheet of a PMPRB workbook. Labels: ZI
 * L208 "NILAI EVALUASI ZONA INTEGRITAS" (row 208); RB K212 / W212 the 2015 / 2014 blocks' "NILAI EVALUASI
 * REFORMASI BIROKRASI"; PMPRB `LKE Utama`!J71 (the same label), `LKE Pusat`!L228 (=L211+L226), each unit
 * sheet's L211 "TOTAL PENGUNGKIT" (a unit sheet has only the Pengungkit part).
 */
const UNITS = [1, 2, 3, 4].map((n) => [`unit${n}`, `'LKE Unit ${n}'!L211`] as const);
const PMPRB_TOTALS = { total: "'LKE Utama'!J71", centre: "'LKE Pusat'!L228", ...Object.fromEntries(UNITS) };
const TOTALS: Record<keyof typeof SOURCES, Record<string, string>> = {
  zi: { total: "'LKE ZI'!L208" },
  rb: { total: "'LKE '!K212", prior: "'LKE '!W212" },
  pmprb: PMPRB_TOTALS,
  'pmprb-blank': PMPRB_TOTALS,
};

/** The import's figure for each tracked total (undefined when the import gives none: a failure). */
function importedTotals(workbook: ImportedWorkbook): Record<string, number | null | undefined> {
  const sets = workbook.answerSets ?? [];
  return {
    total: workbook.totals.workbook,
    prior: workbook.priorYear?.workbookTotal,
    centre: sets[0]?.workbookTotal,
    ...Object.fromEntries(
      UNITS.map(([key], i) => [key, sets.find((set) => set.sheet === `LKE Unit ${i + 1}`)?.workbookTotal]),
    ),
  };
}

let varied: Map<string, VariedWorkbook>;
const imports: ImportedWorkbook[] = [];

/**
 * Random answers of the template's types for one answer column of one sheet; about one indicator in 12
 * left blank, but never every indicator of a sub-area (whose average Excel would show as #DIV/0!) nor a
 * row another row multiplies: the totals are then numbers, as a unit's filled workbook has them.
 */
function fill(original: ImportedWorkbook, random: () => number, sheet: string, col: number): VaryOperation {
  const index = indexTemplate(original.template);
  const cells: Record<string, string | number | null> = {};
  const answeredIn = new Set<string>();
  // A row whose value another row multiplies (RB's chained rows: K89 = 1*K88) stays answered: blank, the
  // workbook shows "Error" there and #VALUE! in every total above the chain.
  const multiplied = new Set(
    [...index.indicators.values()].flatMap((i) => (i.gate?.kind === 'multiply' ? [i.gate.source] : [])),
  );
  for (const answerable of index.answerableOrder) {
    const row = original.layout.rows[answerable.id];
    if (row === undefined) continue;
    const type = answerable.type;
    const parent = index.parent.get(answerable.id)?.id ?? '';
    const last = index.parent
      .get(answerable.id)
      ?.children.filter((c) => c.kind === 'indicator')
      .at(-1)?.id;
    const blank =
      answerable.kind === 'indicator' &&
      random() < 0.08 &&
      !multiplied.has(answerable.id) &&
      (answeredIn.has(parent) || last !== answerable.id);
    if (answerable.kind === 'indicator' && !blank) answeredIn.add(parent);
    if (blank) cells[cellName(row, col)] = null;
    else if (type.kind === 'choice') cells[cellName(row, col)] = pick(random, type.options).key;
    else if (type.kind === 'count') cells[cellName(row, col)] = 1 + Math.floor(random() * 30);
    else if (type.kind === 'number')
      cells[cellName(row, col)] = Math.round((type.min + random() * (type.max - type.min)) * 100) / 100;
    else cells[cellName(row, col)] = kindOf(type).trialAnswer(type, random);
  }
  return { op: 'setCells', sheet, cells };
}

function jobsFor(name: keyof typeof SOURCES, source: string, original: ImportedWorkbook): VaryJob[] {
  const { layout } = original;
  const track = TOTALS[name];
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
  for (const [name, source] of Object.entries(SOURCES) as [keyof typeof SOURCES, string][]) {
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

describe('random fillings of the real workbooks, recalculated by LibreOffice', () => {
  const cases = (Object.keys(SOURCES) as (keyof typeof SOURCES)[]).flatMap((name) =>
    SEEDS.map((seed) => [`${name}-${seed}`, name] as const),
  );
  it.each(cases)('%s: every total is a number, the one LibreOffice computes', async (name, source) => {
    const { file, tracked } = varied.get(name) as VariedWorkbook;
    const workbook = await importWorkbook(file, { compareRules: false });
    imports.push(workbook);
    const actual = importedTotals(workbook);
    const keys = Object.keys(TOTALS[source]);
    expect(Object.keys(tracked).sort(), name).toEqual([...keys].sort());
    for (const key of keys) {
      const expected = tracked[key] as Tracked;
      // Every sub-area keeps an answer: LibreOffice shows a number in every total cell, never an error.
      expect(expected.error, `${name} ${key}: LibreOffice shows ${expected.text}`).toBe(0);
      expect(actual[key], `${name} ${key}`).toBeCloseTo(expected.value, 4);
    }
  });
});
