import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { builtinTemplate } from '../../shared/builtin-templates';
import { indexTemplate } from '../../shared/template/template-index';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { CellResult } from '../../shared/workbook/read/cell-result';
import { isErrorResult } from '../../shared/workbook/read/cell-result';
import { GENERATED } from '../fixtures/workbooks/ensure-fixtures';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { pick, seeded } from '../fixtures/workbooks/random';
import { kindOf } from '../../shared/answers/kinds';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';

/** Answer changes by row of the sheet `LKE ZI`; null clears the cell. */
type Changes = Map<number, string | number | null>;

const DIR = join(GENERATED, 'real-copies');
// The rows and option keys come from the built-in template (the reference model), not from the import.
const reference = indexTemplate(builtinTemplate('zi-2021')!);

function changesFor(seed: number): Changes {
  const random = seeded(seed);
  const changes: Changes = new Map();
  const inputsChanged = new Map<string, boolean>();
  for (const answerable of reference.answerableOrder) {
    // The inputs of one `%` row change together, so that no old 0 is left as a denominator.
    const changed =
      answerable.kind === 'input'
        ? (inputsChanged.get(answerable.indicator.id) ??
          inputsChanged.set(answerable.indicator.id, random() < 0.35).get(answerable.indicator.id))
        : random() < 0.35;
    if (!changed) continue;
    const node = answerable.kind === 'input' ? answerable.input : answerable.indicator;
    const row = node.refs?.lkeRow as number;
    const type = answerable.type;
    // Blanks only where the sub-area keeps other answers, and no zero counts: the copies with a
    // whole sub-area blank or nothing owed test those; these must keep a number as their total.
    const siblings = reference.parent.get(answerable.indicator.id)?.children.length ?? 0;
    if (answerable.kind === 'indicator' && siblings >= 3 && random() < 0.1) changes.set(row, null);
    else if (type.kind === 'choice') changes.set(row, pick(random, type.options).key);
    else if (type.kind === 'count') changes.set(row, 1 + Math.floor(random() * 24));
    else if (type.kind === 'number') changes.set(row, Math.round(random() * type.max * 100) / 100);
    else changes.set(row, kindOf(type).trialAnswer(type, random));
  }
  return changes;
}

/** Copies that vary what users do: random edits, a whole sub-area emptied, nobody owing an LHKPN. */
const COPIES: { name: string; changes: Changes }[] = [
  ...[1, 2, 3, 4].map((seed) => ({ name: `random-${seed}`, changes: changesFor(seed) })),
  {
    name: 'empty-sub-area',
    changes: new Map([
      [11, null],
      [12, null],
      [13, null],
    ]),
  },
  {
    name: 'no-lhkpn-due',
    changes: new Map([
      [179, 0],
      [180, 0],
      [181, 0],
      [182, 0],
    ]),
  },
];

const answerCell = (row: number): string => `K${row}`;
let totals: Record<string, CellResult> = {};
let original: ImportedWorkbook;

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  const files: string[] = [];
  for (const copy of COPIES) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(REAL_WORKBOOK);
    const sheet = workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet;
    for (const [row, value] of copy.changes) sheet.getCell(answerCell(row)).value = value;
    const file = join(DIR, `${copy.name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  const recalculated = await recalculate(files, join(DIR, 'recalc'));
  const read = readCells(recalculated.map((file) => ({ file, sheet: 'LKE ZI', cells: ['L208'] })));
  totals = Object.fromEntries(
    COPIES.map((copy, i) => [copy.name, read[recalculated[i] as string]?.L208 ?? null]),
  );
  original = await importWorkbook(REAL_WORKBOOK);
}, 120_000);

afterAll(() => original?.engine.destroy());

function expectTotal(actual: CellResult, expected: CellResult | undefined, name: string): void {
  if (isErrorResult(expected ?? null)) expect(isErrorResult(actual), name).toBe(true);
  else expect(actual as number, name).toBeCloseTo(expected as number, 9);
}

describe('copies of the real workbook with changed answers, recalculated by LibreOffice', () => {
  it('keeps a number as the total of the randomly edited copies', () => {
    for (const seed of [1, 2, 3, 4]) expect(typeof totals[`random-${seed}`]).toBe('number');
  });

  it.each(COPIES.map((c) => c.name))('%s: importing the copy gives LibreOffice’s total', async (name) => {
    const imported = await importWorkbook(join(DIR, `${name}.xlsx`));
    try {
      expectTotal(imported.engine.total(), totals[name], name);
    } finally {
      imported.engine.destroy();
    }
  });

  it.each(COPIES.map((c) => c.name))(
    '%s: the same answers typed into the live engine give LibreOffice’s total',
    (name) => {
      const copy = COPIES.find((c) => c.name === name) as (typeof COPIES)[number];
      const idOfRow = new Map(Object.entries(original.layout.rows).map(([id, row]) => [row + 1, id]));
      const typed: [string, AnswerValue | null][] = [...copy.changes].map(([row, value]) => [
        idOfRow.get(row) as string,
        value,
      ]);
      original.engine.setAnswers(typed);
      expectTotal(original.engine.total(), totals[name], name);
      // Put the file's own answers back for the next copy.
      original.engine.setAnswers(typed.map(([id]) => [id, original.records[id]?.answer ?? null]));
      expect(original.engine.total()).toBeCloseTo(95.57619047619048, 9);
    },
  );

  it('calls a workbook with an empty sub-area incomplete and names the sub-area', async () => {
    expect(isErrorResult(totals['empty-sub-area'] ?? null)).toBe(true);
    const imported = await importWorkbook(join(DIR, 'empty-sub-area.xlsx'));
    try {
      expect(imported.totals).toMatchObject({ workbook: null, workbookError: '#DIV/0!' });
      expect(imported.findings.find((f) => f.code === 'finding.emptySubArea')).toMatchObject({
        nodeId: 'A.I.1.ii',
        where: { cell: 'L10' },
      });
    } finally {
      imported.engine.destroy();
    }
  });
});
