import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { AnswerValue } from '../../shared/template/answer-type';
import { Scorer } from '../../shared/scoring/scorer';
import type { Template } from '../../shared/template/template-schema';
import { indexTemplate } from '../../shared/template/template-index';
import type { VaryOperation } from '../fixtures/variations/families';
import { RB_BPS } from '../fixtures/variations/families';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import type { VaryJob, VariedWorkbook } from '../fixtures/variations/ensure-variations';
import { ensureVaried } from '../fixtures/variations/ensure-variations';
import { pick, seeded } from '../fixtures/workbooks/random';

/**
 * The built-in Indeks RB template (rb-2014) against the real BPS workbook it models: random valid answers
 * are written by LibreOffice into the workbook's answer column (J of sheet "LKE ", rows as the reference
 * model numbers them), LibreOffice recalculates it, and the template must score the same answers to the
 * total LibreOffice computes in K212 (and the Proses and Hasil subtotals).
 */
const SEEDS = [1, 2, 3, 4];
const SHEET = 'LKE ';
const PMPRB_WORKBOOK = join(referenceDir, 'workbooks', 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx');

interface Filling {
  answers: Map<string, AnswerValue>;
  cells: Record<string, string | number | null>;
}

/**
 * Random answers of each question's type; a few left empty (`blanks`), except in multiplied chains
 * (#VALUE! there). `Jumlah` inputs are valid counts: what was reported never exceeds what was due.
 */
function randomFilling(template: Template, seed: number, column: string, blanks: number): Filling {
  const index = indexTemplate(template);
  const random = seeded(seed * 104729);
  const chained = new Set<string>();
  for (const indicator of index.indicatorOrder) {
    if (indicator.gate?.kind === 'multiply') chained.add(indicator.id).add(indicator.gate.source);
  }
  const answers = new Map<string, AnswerValue>();
  const cells: Record<string, string | number | null> = {};
  for (const answerable of index.answerableOrder) {
    const row = (answerable.kind === 'input' ? answerable.input : answerable.indicator).refs?.lkeRow;
    if (typeof row !== 'number') throw new Error(`${answerable.id} has no workbook row`);
    const type = answerable.type;
    let answer: AnswerValue | null;
    if (!chained.has(answerable.id) && random() < blanks) answer = null;
    else if (type.kind === 'choice') answer = pick(random, type.options).key;
    else if (type.kind === 'number')
      answer = Math.round((type.min + random() * (type.max - type.min)) * 100) / 100;
    else answer = 1 + Math.floor(random() * 20);
    cells[`${column}${row}`] = answer;
    if (answer !== null) answers.set(answerable.id, answer);
  }
  for (const indicator of index.indicatorOrder) {
    const derive = indicator.derive;
    if (!derive) continue;
    const due = derive.denominator.reduce((n, id) => n + Number(answers.get(id) ?? 0), 0);
    const done = Math.floor(random() * (due + 1));
    derive.numerator.forEach((id, i) => {
      const value = i === 0 ? done : 0;
      answers.set(id, value);
      const row = index.answerables.get(id);
      if (row?.kind === 'input') cells[`${column}${row.input.refs?.lkeRow}`] = value;
    });
    derive.subtract.forEach((id) => {
      const value = Math.floor(random() * (done + 1));
      answers.set(id, value);
      const row = index.answerables.get(id);
      if (row?.kind === 'input') cells[`${column}${row.input.refs?.lkeRow}`] = value;
    });
  }
  return { answers, cells };
}

const template = builtinTemplate('rb-2014') as Template;
const fillings = new Map(SEEDS.map((seed) => [seed, randomFilling(template, seed, 'J', 0.07)]));
const CENTRE = 'LKE Pusat';
const pmprb = builtinTemplate('pmprb-2015-pusat') as Template;
// The centre sheet counts a few empty answers as 0 (L63, L149, L183): every question answered here.
const pmprbFillings = new Map(SEEDS.map((seed) => [seed, randomFilling(pmprb, seed, 'K', 0)]));
let varied: Map<string, VariedWorkbook>;

beforeAll(async () => {
  const jobs: VaryJob[] = SEEDS.map((seed) => ({
    name: `rb-2014-${seed}`,
    source: RB_BPS,
    track: { total: `'${SHEET}'!K212`, proses: `'${SHEET}'!K195`, hasil: `'${SHEET}'!K210` },
    ops: [{ op: 'setCells', sheet: SHEET, cells: fillings.get(seed)?.cells ?? {} } as VaryOperation],
  }));
  for (const seed of SEEDS) {
    jobs.push({
      name: `pmprb-2015-${seed}`,
      source: PMPRB_WORKBOOK,
      track: { total: `'${CENTRE}'!L228`, proses: `'${CENTRE}'!L211`, hasil: `'${CENTRE}'!L226` },
      ops: [{ op: 'setCells', sheet: CENTRE, cells: pmprbFillings.get(seed)?.cells ?? {} } as VaryOperation],
    });
  }
  varied = new Map((await ensureVaried('builtin-rb-pmprb', jobs)).map((v) => [v.name, v]));
}, 900_000);

describe('built-in rb-2014 scores as LibreOffice recalculates the real BPS workbook', () => {
  it('is listed with its 151 questions, Opini BPK lookup and Hasil scales', () => {
    const index = indexTemplate(template);
    expect(index.indicatorOrder).toHaveLength(151);
    expect(index.answerTypes.get('Opini BPK')?.kind).toBe('choice');
    expect(template.root.children.map((c) => [c.title, c.weight])).toEqual([
      ['PROSES (60)', 60],
      ['HASIL (40)', 40],
    ]);
  });

  it.each(SEEDS)('seed %i: total equals LibreOffice (1e-4)', (seed) => {
    const { tracked } = varied.get(`rb-2014-${seed}`) as VariedWorkbook;
    const scorer = new Scorer(template);
    scorer.setAnswers(fillings.get(seed)?.answers ?? new Map());
    expect(tracked.total?.error, 'LibreOffice shows an error').toBe(0);
    expect(Math.abs(scorer.total() - (tracked.total?.value ?? NaN))).toBeLessThan(1e-4);
    expect(Math.abs(scorer.group('B').value - (tracked.hasil?.value ?? NaN))).toBeLessThan(1e-4);
  });
});

describe('built-in pmprb-2015-pusat scores as LibreOffice recalculates the ministry workbook', () => {
  it.each(SEEDS)('seed %i: the centre sheet total (L228) equals LibreOffice (1e-4)', (seed) => {
    const { tracked } = varied.get(`pmprb-2015-${seed}`) as VariedWorkbook;
    const scorer = new Scorer(pmprb);
    scorer.setAnswers(pmprbFillings.get(seed)?.answers ?? new Map());
    expect(tracked.total?.error, 'LibreOffice shows an error').toBe(0);
    expect(Math.abs(scorer.group('A').value - (tracked.proses?.value ?? NaN))).toBeLessThan(1e-4);
    expect(Math.abs(scorer.group('B').value - (tracked.hasil?.value ?? NaN))).toBeLessThan(1e-4);
    expect(Math.abs(scorer.total() - (tracked.total?.value ?? NaN))).toBeLessThan(1e-4);
  });
});
