import type { RecordEvidence } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import type { FieldEdit } from '../records/plan-edits';
import { planEdits } from '../records/plan-edits';
import type { FieldValue } from '../records/record-change';
import type { ProblemLocation, Result } from '../problem';
import { fail, ok } from '../problem';
import type { TemplateIndex } from '../template/template-index';
import type { EvidenceCells } from '../export/evidence-cells';
import { evidenceFromCells, sameEvidenceCells } from '../export/evidence-cells';
import { fieldKey, sameField } from './three-way';

/** Every row of a pokja's file holding one field of one code, and the value each row gives. */
export type RepeatedRows = (reference: FieldValue) => { row: number; value: FieldValue }[];

/**
 * Codes a pokja's file holds on more than one row (a row copied, or pasted twice): rows giving the same
 * value are one row; rows giving different values are a conflict inside the file, returned by field
 * (the file's rows and values, for the user to settle) — never one row silently dropped for another.
 * Every repeated value is checked as if typed, like the first.
 */
export function repeatedRows(
  index: TemplateIndex,
  edits: readonly FieldEdit[],
  evidence: readonly { itemId: string; cells: EvidenceCells; row: number }[],
  repeats: readonly FieldEdit[],
  repeatedEvidence: readonly { itemId: string; cells: EvidenceCells; row: number }[],
  where: ProblemLocation,
  valueOf: (edit: FieldEdit) => FieldValue,
): Result<Map<string, RepeatedRows>> {
  const disagreeing = new Map<string, RepeatedRows>();
  if (!repeats.length && !repeatedEvidence.length) return ok(disagreeing);
  const first = new Map(edits.map((e) => [fieldKey(e.itemId, e.field), e]));
  const values = new Map<string, { row: number; value: FieldValue }[]>();
  for (const repeat of repeats) {
    const parsed = planEdits(index, new Map(), [repeat], where);
    if (!parsed.ok) return fail(...parsed.problems);
    const key = fieldKey(repeat.itemId, repeat.field);
    const original = first.get(key) as FieldEdit;
    const list = listOf(values, key, () => [{ row: original.row ?? 0, value: valueOf(original) }]);
    // No change planned into an empty record: the cell is blank.
    const value = parsed.value[0]?.after ?? EMPTY_RECORD[repeat.field];
    list.push({ row: repeat.row ?? 0, value });
  }
  for (const [key, list] of values) {
    const [head, ...rest] = list as [
      { row: number; value: FieldValue },
      ...{ row: number; value: FieldValue }[],
    ];
    if (rest.every((r) => sameField(r.value, head.value))) continue;
    disagreeing.set(key, () => list);
  }
  const firstEvidence = new Map(evidence.map((e) => [e.itemId, e]));
  const cells = new Map<string, { row: number; cells: EvidenceCells }[]>();
  for (const repeat of repeatedEvidence) {
    const original = firstEvidence.get(repeat.itemId) as (typeof evidence)[number];
    const list = listOf(cells, repeat.itemId, () => [{ row: original.row, cells: original.cells }]);
    list.push({ row: repeat.row, cells: repeat.cells });
  }
  for (const [itemId, list] of cells) {
    const [head, ...rest] = list as [
      { row: number; cells: EvidenceCells },
      ...{ row: number; cells: EvidenceCells }[],
    ];
    if (rest.every((r) => sameEvidenceCells(r.cells, head.cells))) continue;
    disagreeing.set(fieldKey(itemId, 'evidence'), (reference) =>
      list.map((r) => ({ row: r.row, value: evidenceFromCells(r.cells, reference as RecordEvidence[]) })),
    );
  }
  return ok(disagreeing);
}

function listOf<T>(map: Map<string, T[]>, key: string, start: () => T[]): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = start()));
  return list;
}
