import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lkeLines } from '../../shared/export/lke-lines';
import { inPokjaAreas } from '../../shared/export/pokja-file';
import { pokjaScope } from '../../shared/export/pokja-scope';
import type { PokjaScope } from '../../shared/export/pokja-scope';
import { Scorer } from '../../shared/scoring/scorer';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import type { Template } from '../../shared/template/template-schema';
import { builtinTemplate } from '../../shared/builtin-templates';
import { cellName } from '../../shared/workbook/read/cell-address';
import type { CellResult } from '../../shared/workbook/read/cell-result';
import type { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { exportDocument } from '../../service/export/export-document';
import { loadPriorYear } from '../../service/export/prior-year';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { builtinDocument, exportFolder, randomRecords, realDocument, workbookProperties } from './support';

/**
 * Every kind of export, recalculated by LibreOffice (every formula, OOXMLRecalcMode 0) in one run, and
 * read back by openpyxl: the totals must be the workbench's. Copies changed with exceljs after export
 * check that the formulas are live, not values.
 */
const folder = exportFolder();
const ZI_2021 = indexTemplate(builtinTemplate('zi-2021') as Template);
const file = (name: string): string => join(folder, `${name}.xlsx`);
const sessions: DocumentSession[] = [];
/** Cell → the total the workbench computes, per exported file. */
const expected = new Map<string, Record<string, number>>();
let recalculated: Record<string, Record<string, CellResult>> = {};
let saved: Record<string, Record<string, CellResult>> = {};

/** Unit (K) and reviewer answers typed into an exported file, as an evaluator would in Excel. */
async function changeInExcel(from: string, to: string, sheet: string, cells: [string, AnswerValue | null][]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  const target = workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
  for (const [cell, value] of cells) target.getCell(cell).value = value;
  await workbook.xlsx.writeFile(to);
}

const scorerTotal = (index: TemplateIndex, answers: Map<string, AnswerValue>): number => {
  const scorer = new Scorer(index);
  scorer.setAnswers(answers);
  return scorer.total();
};

const answersOf = (session: DocumentSession, field: 'answer' | 'reviewerAnswer') =>
  new Map(
    [...session.records]
      .filter(([id, r]) => session.index.answerables.has(id) && r[field] !== null)
      .map(([id, r]) => [id, r[field] as AnswerValue]),
  );

async function realWorkbookExports(): Promise<void> {
  const { session, imported } = await realDocument(folder);
  sessions.push(session);
  // The reviewer answers every question (otherwise the workbook's own AVERAGE gives #DIV/0!).
  const random = randomRecords(session.index, 7);
  setFields(
    session,
    [
      { itemId: 'A.I.1.i.b', field: 'answer', value: 'C' },
      { itemId: 'B.I.a', field: 'answer', value: 3.3 },
      ...Object.entries(random).map(([itemId, r]) => ({
        itemId,
        field: 'reviewerAnswer' as const,
        value: r.reviewerAnswer,
      })),
    ],
    'tester',
  );
  await exportDocument(session, { format: 'lke', path: file('real') });
  // The workbench's evaluation of the workbook's own formulas (HyperFormula) with the document's answers.
  imported.engine.setAnswers([
    ['A.I.1.i.b', 'C'],
    ['B.I.a', 3.3],
  ]);
  const unitTotal = imported.engine.total() as number;
  imported.engine.destroy();
  // The reviewer's columns exist only in the export: its own import evaluates them.
  const engine = (await importWorkbook(file('real'))).engine;
  const layout = engine.layout;
  const total = layout.total as { row: number; col: number };
  const reviewerTotal = () => engine.read(total.row, layout.columns.reviewer?.value as number) as number;
  expect(engine.total()).toBeCloseTo(unitTotal, 12);
  expected.set(file('real'), { L208: unitTotal, S208: reviewerTotal() });
  const rows = layout.rows;
  const changes: [string, AnswerValue | null][] = [
    [cellName(rows['A.I.1.ii.b'] as number, 10), 'C'],
    [cellName(rows['A.II.1.i.a.2'] as number, 10), 2],
    [cellName(rows['B.II.a'] as number, 10), 2.75],
    [cellName(rows['A.I.1.i.a'] as number, 17), 'Ya'],
    [cellName(rows['A.I.2.i.a'] as number, 17), 'D'],
  ];
  await changeInExcel(file('real'), file('real-changed'), 'LKE ZI', changes);
  engine.setAnswers([
    ['A.I.1.ii.b', 'C'],
    ['A.II.1.i.a.2', 2],
    ['B.II.a', 2.75],
  ]);
  engine.setAnswers(
    [
      ['A.I.1.i.a', 'Ya'],
      ['A.I.2.i.a', 'D'],
    ],
    'reviewer',
  );
  expected.set(file('real-changed'), { L208: engine.total() as number, S208: reviewerTotal() });
  engine.destroy();
}

async function cleanExports(): Promise<void> {
  const session = await builtinDocument(folder, 'clean.rbw', 'zi-2021', randomRecords(ZI_2021, 11), {
    agency: 'Kota Contoh',
    year: 2026,
  });
  sessions.push(session);
  setFields(session, [{ itemId: 'A.I.1.i.a', field: 'pokja', value: 'Pokja 1' }], 'tester');
  await exportDocument(session, { format: 'lke', path: file('clean') });
  const unit = answersOf(session, 'answer');
  const reviewer = answersOf(session, 'reviewerAnswer');
  // The official sheet's cells: total in L208 (unit) and, right of the unit's columns, S208 (reviewer).
  expected.set(file('clean'), { L208: session.scores.unit.total(), S208: session.scores.reviewer.total() });
  const row = (id: string): number => (session.index.indicators.get(id)?.refs?.lkeRow as number) ?? 0;
  await changeInExcel(file('clean'), file('clean-changed'), 'LKE ZI', [
    [`K${row('A.I.1.i.b')}`, 'B'],
    [`K${row('B.I.a')}`, 1.5],
    [`K${row('A.I.3.i.a')}`, null],
    [`R${row('A.I.1.i.b')}`, 'A'],
  ]);
  unit.set('A.I.1.i.b', 'B').set('B.I.a', 1.5).delete('A.I.3.i.a');
  reviewer.set('A.I.1.i.b', 'A');
  expected.set(file('clean-changed'), {
    L208: scorerTotal(session.index, unit),
    S208: scorerTotal(session.index, reviewer),
  });
  // The pokja's extract computes its area as the document does.
  const scope = (pokjaScope(session.index, session.records, 'Pokja 1') as { ok: true; value: PokjaScope })
    .value;
  await exportDocument(session, { format: 'lke', pokja: 'Pokja 1', path: file('pokja') });
  const lines = lkeLines(session.index.template.root, {
    firstRow: 4,
    totals: false,
    include: inPokjaAreas(session.index, scope),
  });
  const area = lines.find((l) => l.kind === 'group' && l.group.id === 'A.I.1') as { row: number };
  expected.set(file('pokja'), { [`L${area.row + 1}`]: session.scores.unit.group('A.I.1').value });
  // The rekap, with last year's document beside it.
  const prior = await builtinDocument(folder, 'prior.rbw', 'zi-2021', randomRecords(session.index, 12), {
    year: 2025,
  });
  const priorTotal = prior.scores.unit.total();
  prior.close();
  await exportDocument(session, {
    format: 'rekap',
    path: file('rekap'),
    priorYear: await loadPriorYear(join(folder, 'prior.rbw')),
  });
  const total = session.scores.unit.total();
  // Title, agency line, header; the total on row 4: value D, % E, reviewer G, last year H, change I.
  expected.set(file('rekap'), { D4: total, E4: total / 100, H4: priorTotal, I4: total - priorTotal });
}

async function portalExports(): Promise<void> {
  const session = await builtinDocument(folder, 'portal.rbw', 'zi-2026', {});
  setFields(
    session,
    Object.entries(randomRecords(session.index, 13)).flatMap(([itemId, r]) => [
      { itemId, field: 'answer' as const, value: r.answer },
      { itemId, field: 'reviewerAnswer' as const, value: r.reviewerAnswer },
    ]),
    'tester',
  );
  sessions.push(session);
  await exportDocument(session, { format: 'portal2026', path: file('portal') });
  const grand = lkeLines(session.index.template.root, { firstRow: 1, totals: true }).find(
    (l) => l.kind === 'grand',
  );
  const at = (grand?.row ?? 0) + 1;
  // Values of the unit in O, of the reviewer (TPI) in P.
  expected.set(file('portal'), {
    [`O${at}`]: session.scores.unit.total(),
    [`P${at}`]: session.scores.reviewer.total(),
  });
  const soal = (id: string) => session.index.indicators.get(id)?.refs?.portalRow as number;
  const flipped = session.records.get('A.I.1.i.a')?.answer === 'Ya' ? 'Tidak' : 'Ya';
  await changeInExcel(file('portal'), file('portal-changed'), 'Jawaban', [
    [`K${soal('A.I.1.i.a')}`, flipped],
    [`N${soal('B.II.a')}`, 3.9],
  ]);
  const unit = answersOf(session, 'answer').set('A.I.1.i.a', flipped);
  const reviewer = answersOf(session, 'reviewerAnswer').set('B.II.a', 3.9);
  expected.set(file('portal-changed'), {
    [`O${at}`]: scorerTotal(session.index, unit),
    [`P${at}`]: scorerTotal(session.index, reviewer),
  });
}

const SHEETS: Record<string, string> = {
  real: 'LKE ZI',
  'real-changed': 'LKE ZI',
  clean: 'LKE ZI',
  'clean-changed': 'LKE ZI',
  pokja: 'LKE',
  rekap: 'Rekap',
  portal: 'Jawaban',
  'portal-changed': 'Jawaban',
};

beforeAll(async () => {
  await realWorkbookExports();
  await cleanExports();
  await portalExports();
  const files = Object.keys(SHEETS).map(file);
  const out = await recalculate(files, join(folder, 'recalculated'));
  const request = (paths: string[]) =>
    paths.map((path, i) => ({
      file: path,
      sheet: SHEETS[Object.keys(SHEETS)[i] as string] as string,
      cells: Object.keys(expected.get(files[i] as string) ?? {}),
    }));
  const read = readCells(request(out));
  recalculated = Object.fromEntries(files.map((f, i) => [f, read[out[i] as string] ?? {}]));
  saved = readCells(request(files));
}, 240_000);

afterAll(() => sessions.forEach((s) => s.close()));

describe('exports recalculated by LibreOffice', () => {
  it.each(Object.keys(SHEETS))('%s: LibreOffice computes the workbench’s totals', (name) => {
    for (const [cell, total] of Object.entries(expected.get(file(name)) ?? {})) {
      expect(recalculated[file(name)]?.[cell], `${name} ${cell}`).toBeCloseTo(total, 9);
    }
  });

  it.each(['real', 'clean', 'pokja', 'rekap', 'portal'])(
    '%s: the file itself carries those results, for readers that do not recalculate',
    (name) => {
      for (const [cell, total] of Object.entries(expected.get(file(name)) ?? {})) {
        expect(saved[file(name)]?.[cell], `${name} ${cell}`).toBeCloseTo(total, 9);
      }
    },
  );

  it('opens every format in openpyxl', () => {
    const read = workbookProperties(Object.keys(SHEETS).map(file));
    for (const [name, sheet] of Object.entries(SHEETS))
      expect(read[file(name)]?.sheets, name).toContain(sheet);
    expect(read[file('pokja')]?.properties.rbw?.state).toBe('hidden');
  });
});
