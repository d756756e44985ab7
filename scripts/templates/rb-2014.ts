import type { AnswerType } from '../../shared/template/answer-type';
import type { Gate, Group, Indicator, Template, TemplateNode } from '../../shared/template/template-schema';
import type { ModelFile, ModelNode } from './reference';
import { childId, displayCode, levelAt, modelGroup, optionTexts } from './zi-common';

/** The Opini BPK lookup of the workbook's Hasil row (`IF(J205="Wajar Tanpa Pengecualian",3,…)`). */
const OPINI_LABEL = 'Opini BPK';

/**
 * LKE Reformasi Birokrasi / Indeks RB of PermenPANRB 14/2014 (evaluation year 2015), from the model
 * parsed from the real BPS workbook: Proses 60 (8 areas, sub-areas averaged) + Hasil 40 (SAKIP ÷ 100 × 14,
 * internal survey ÷ 5 × 6, perception ÷ 4 × 7 and × 10, the Opini BPK lookup). The workbook's gates and
 * chained rows are kept as gates, so that the template scores as the workbook does: a row forced to 0
 * when a gate row is "Tidak", rows multiplied by the value of the row above, and the one row whose
 * formula reads another row's answer (`copy`).
 */
export function buildRb2014(model: ModelFile & { opini_bpk_formula?: string }): Template {
  const types = rbAnswerTypes(model);
  const context: Context = { rowIds: new Map(), typeOfRow: new Map(), pending: [] };
  const root = buildGroup(model.tree, 'ROOT', '', 0, context);
  for (const finish of context.pending) finish();
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: 'rb-2014',
    version: '2015.1',
    title: 'LKE Reformasi Birokrasi / Indeks RB (PermenPANRB 14/2014)',
    model: 'rb',
    year: 2015,
    source: model.model,
    unanswered: 'skip',
    answerTypes: types,
    root,
    categories: [
      { label: 'AA', above: 90, upTo: 100 },
      { label: 'A', above: 80, upTo: 90 },
      { label: 'BB', above: 70, upTo: 80 },
      { label: 'B', above: 60, upTo: 70 },
      { label: 'CC', above: 50, upTo: 60 },
      { label: 'C', above: 30, upTo: 50 },
      { label: 'D', above: 0, upTo: 30 },
    ],
  };
}

interface Context {
  rowIds: Map<number, string>;
  typeOfRow: Map<number, string>;
  /** Gates resolved once every row has its id. */
  pending: (() => void)[];
}

/** The model's choice tables, the Hasil scales and the Opini BPK lookup read from its formula. */
export function rbAnswerTypes(model: ModelFile & { opini_bpk_formula?: string }): AnswerType[] {
  const choices: AnswerType[] = Object.entries(model.answer_values).map(([label, values]) => ({
    kind: 'choice',
    label,
    options: Object.entries(values).map(([key, value]) => ({ key, value })),
  }));
  const opini = [...(model.opini_bpk_formula ?? '').matchAll(/="([^"]+)",([\d.]+)/g)].map((m) => ({
    key: m[1] as string,
    value: Number(m[2]),
  }));
  if (opini.length < 2) throw new Error('rb-2014: the Opini BPK lookup was not found in the model');
  return [
    ...choices,
    { kind: 'choice', label: OPINI_LABEL, options: opini },
    { kind: 'number', label: '0-100', min: 0, max: 100, decimals: 4 },
    { kind: 'number', label: '0-5', min: 0, max: 5, decimals: 4 },
    { kind: 'number', label: '0-4', min: 0, max: 4, decimals: 4 },
  ];
}

const codeOf = (node: ModelNode): string | null => (node.code && node.code !== 'None' ? node.code : null);

function buildGroup(node: ModelNode, id: string, code: string, depth: number, context: Context): Group {
  const children = (node.children ?? []).map((child, position): TemplateNode => {
    const childIdentifier = childId(id, codeOf(child), position);
    const childCode = displayCode(codeOf(child), position);
    return child.children?.length
      ? buildGroup(child, childIdentifier, childCode, depth + 1, context)
      : buildIndicator(child, childIdentifier, childCode, context);
  });
  const level = levelAt(depth);
  return modelGroup(node, { id, code, level }, children, node.row ? { lkeRow: node.row } : undefined);
}

function buildIndicator(node: ModelNode, id: string, code: string, context: Context): Indicator {
  const row = node.row as number;
  const rawType = (node.answer_type ?? '').trim();
  const answerType = rawType.startsWith('WTP/') ? OPINI_LABEL : rawType;
  const texts = answerType === OPINI_LABEL ? undefined : optionTexts(node.options);
  const indicator: Indicator = {
    kind: 'indicator',
    id,
    code,
    title: (node.title ?? '').trim(),
    answerType,
    ...(node.penjelasan ? { guidance: node.penjelasan.trim() } : {}),
    ...(texts ? { optionTexts: texts } : {}),
    ...(node.weight !== undefined ? { weight: node.weight } : {}),
    refs: { lkeRow: row },
  };
  context.rowIds.set(row, id);
  context.typeOfRow.set(row, answerType);
  context.pending.push(() => {
    const gate = gateOf(node.formula_K ?? '', row, context);
    if (gate) indicator.gate = gate;
  });
  return indicator;
}

/**
 * The gate a row's formula in column K carries, if any:
 * - it reads another row's type and answer throughout (`IF(I10="Y/T",IF(J10="Ya",…` on row 14): `copy`;
 * - it multiplies its value by another row's value (`IF(J89="Ya",1*K88,…`): `multiply`;
 * - it gives 0 when another row's answer is "Tidak" (`IF(J14="Tidak",0,…`): `zero-when`, kept only where
 *   that row can be answered "Tidak" (row 18 tests row 15, an A/B/C row, so its gate never applies).
 */
function gateOf(formula: string, row: number, context: Context): Gate | undefined {
  const idOf = (sourceRow: number): string => {
    const id = context.rowIds.get(sourceRow);
    if (!id) throw new Error(`rb-2014: row ${row} reads row ${sourceRow}, which is no question`);
    return id;
  };
  const typeRows = new Set([...formula.matchAll(/\bI(\d+)=/g)].map((m) => Number(m[1])));
  if (typeRows.size === 1 && !typeRows.has(row)) return { kind: 'copy', source: idOf([...typeRows][0]!) };
  const multiplied = /\*K(\d+)/.exec(formula);
  if (multiplied) return { kind: 'multiply', source: idOf(Number(multiplied[1])) };
  const zero = /IF\(J(\d+)="Tidak",0,/.exec(formula);
  if (zero && Number(zero[1]) !== row) {
    const sourceRow = Number(zero[1]);
    const sourceType = context.typeOfRow.get(sourceRow);
    if (sourceType === 'Y/T') return { kind: 'zero-when', source: idOf(sourceRow), answers: ['Tidak'] };
  }
  return undefined;
}
