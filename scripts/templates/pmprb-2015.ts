import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { INDEKS_RB_BANDS } from '../../shared/template/category-band';
import type { Group, Template, TemplateNode } from '../../shared/template/template-schema';
import { referenceDir } from './reference';

/** The ministry's blank PMPRB workbook (Kemenkumham, 14/2014 model): a centre sheet and four unit sheets. */
export const PMPRB_WORKBOOK = join(
  referenceDir,
  'workbooks',
  'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx',
);
export const PMPRB_CENTRE_SHEET = 'LKE Pusat';

/**
 * The PMPRB model of the centre (`LKE Pusat`) of the ministry workbook, read by the workbench's own
 * workbook reader (tree, weights, answer types and their values from the formulas, `Jumlah` inputs and
 * derived `%` rows, the Hasil scales and the Opini BPK lookup), with what the reader keeps as a finding
 * made part of the model: a sub-area computed as a weighted mix of two averages (Gratifikasi:
 * `((2/3*AVERAGE(L125:L129))+(1/3*AVERAGE(L130:L141)))*H124`) becomes two averaged parts weighing 2/3 and
 * 1/3 of it. The units' sheets rate only part of the questions ("Penilaian Pusat") and rescale areas by
 * hand (`12/10.5*SUM(…)`): that is not modelled here, so no unit template is shipped as if complete.
 */
export async function buildPmprb2015Centre(): Promise<Template> {
  const imported = await importWorkbook(PMPRB_WORKBOOK, { sheet: PMPRB_CENTRE_SHEET, compareRules: false });
  let template: Template;
  try {
    template = structuredClone(imported.template);
  } finally {
    imported.engine.destroy();
  }
  const formulas = await valueFormulas(PMPRB_WORKBOOK, PMPRB_CENTRE_SHEET, 'L');
  splitWeightedAverages(template.root, formulas);
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: 'pmprb-2015-pusat',
    version: '2015.1',
    title: 'LKE PMPRB 2015 – Pusat (PermenPANRB 14/2014, lembar kementerian)',
    model: 'pmprb',
    year: 2015,
    source: 'LKE PMPRB Kemenkumham 2015, lembar "LKE Pusat" (PermenPANRB 14/2014)',
    unanswered: template.unanswered,
    answerTypes: template.answerTypes,
    root: template.root,
    categories: [...INDEKS_RB_BANDS],
  };
}

async function valueFormulas(file: string, sheet: string, column: string): Promise<Map<number, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`${file}: no sheet ${sheet}`);
  const formulas = new Map<number, string>();
  worksheet.getColumn(column).eachCell((cell, row) => {
    const formula = (cell.value as { formula?: string } | null)?.formula;
    if (formula) formulas.set(row, formula);
  });
  return formulas;
}

const WEIGHTED =
  /^\(\(([\d.]+)\/([\d.]+)\*AVERAGE\([A-Z]+(\d+):[A-Z]+(\d+)\)\)\+\(([\d.]+)\/([\d.]+)\*AVERAGE\([A-Z]+(\d+):[A-Z]+(\d+)\)\)\)\*[A-Z]+\d+$/;

function splitWeightedAverages(group: Group, formulas: Map<number, string>): void {
  for (const child of group.children) if (child.kind === 'group') splitWeightedAverages(child, formulas);
  const row = group.refs?.lkeRow;
  const match = typeof row === 'number' ? WEIGHTED.exec(formulas.get(row) ?? '') : null;
  if (!match || group.aggregate !== 'average') return;
  const parts = [
    { share: Number(match[1]) / Number(match[2]), from: Number(match[3]), to: Number(match[4]) },
    { share: Number(match[5]) / Number(match[6]), from: Number(match[7]), to: Number(match[8]) },
  ];
  const rowOf = (node: TemplateNode): number => Number(node.refs?.lkeRow);
  const children: Group[] = parts.map((part, i) => ({
    kind: 'group',
    id: `${group.id}.${i === 0 ? 'x' : 'y'}`,
    code: '',
    title: `${group.title} – bagian ${i + 1} (${i === 0 ? '2/3' : '1/3'})`,
    level: 'sub-area',
    weight: group.weight * part.share,
    aggregate: 'average',
    refs: { fromRow: part.from, toRow: part.to },
    children: group.children.filter((c) => rowOf(c) >= part.from && rowOf(c) <= part.to),
  }));
  if (children.reduce((n, c) => n + c.children.length, 0) !== group.children.length) {
    throw new Error(`${group.id}: the weighted parts do not cover its rows`);
  }
  // The parts' weights must add up to the sub-area's exactly (2/3 + 1/3 in binary may not).
  (children[1] as Group).weight = group.weight - (children[0] as Group).weight;
  group.aggregate = 'sum';
  group.children = children;
}
