import type { AnswerRecord, RecordField } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import { recordIds } from '../records/diff-records';
import type { FieldEdit } from '../records/plan-edits';
import { planEdits } from '../records/plan-edits';
import type { Problem, ProblemLocation, Result } from '../problem';
import { fail, ok } from '../problem';
import type { TemplateIndex } from '../template/template-index';
import type { EvidenceCells } from './evidence-cells';
import { evidenceFromCells, evidenceToCells, sameEvidenceCells } from './evidence-cells';
import type { PokjaMeta } from './pokja-file';
import type { PokjaScope } from './pokja-scope';

export type RawCell = string | number | boolean | null;

/** One row of a pokja's file as read: the item's code and the cells of the fields the file has. */
export interface PokjaFileRow {
  /** 0-based row of the sheet. */
  row: number;
  id: string;
  fields: Partial<Record<Exclude<RecordField, 'evidence'>, RawCell>>;
  evidence?: EvidenceCells;
}

export interface PokjaFile {
  fileName: string;
  sheet: string;
  meta: PokjaMeta;
  rows: PokjaFileRow[];
}

/**
 * The edits that merge a pokja's file into its document, all or nothing: every value is checked as if
 * typed, and a change to a row outside the pokja's areas (as the document assigns them now) refuses the
 * whole file, naming each such row, so that merging one pokja's work never touches another's. Rows
 * showing what the document already holds are no change.
 */
export function planPokjaMerge(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  scope: PokjaScope,
  file: PokjaFile,
): Result<FieldEdit[]> {
  const where: ProblemLocation = { file: file.fileName, sheet: file.sheet };
  if (file.meta.template !== index.template.id) {
    return fail({
      code: 'merge.otherTemplate',
      params: { template: file.meta.template, expected: index.template.id },
      where,
    });
  }
  const known = new Set(recordIds(index));
  const problems: Problem[] = [];
  const inside: FieldEdit[] = [];
  for (const row of file.rows) {
    if (index.groups.has(row.id)) continue;
    if (!known.has(row.id)) {
      problems.push({
        code: 'merge.unknownCode',
        params: { code: row.id },
        where: { ...where, row: row.row + 1 },
      });
      continue;
    }
    const edits = rowEdits(index, records, row);
    if (scope.items.has(row.id)) {
      inside.push(...edits);
      continue;
    }
    const changes = planEdits(index, records, edits, where);
    if (!changes.ok || changes.value.length) {
      problems.push({
        code: 'merge.outsidePokja',
        params: { code: row.id, pokja: scope.pokja },
        where: { ...where, row: row.row + 1 },
      });
    }
  }
  if (problems.length) return fail(...problems);
  const planned = planEdits(index, records, inside, where);
  if (!planned.ok) return fail(...planned.problems);
  const changed = new Set(planned.value.map((c) => `${c.itemId}\u0000${c.field}`));
  return ok(inside.filter((e) => changed.has(`${e.itemId}\u0000${e.field}`)));
}

/** The raw edits one row asks for; answers only for answered items (a `%` row's is computed). */
function rowEdits(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  row: PokjaFileRow,
): FieldEdit[] {
  const edits: FieldEdit[] = [];
  const answerable = index.answerables.has(row.id);
  for (const [field, raw] of Object.entries(row.fields) as [Exclude<RecordField, 'evidence'>, RawCell][]) {
    if ((field === 'answer' || field === 'reviewerAnswer') && !answerable) continue;
    edits.push({ itemId: row.id, field, value: raw === null ? '' : raw, row: row.row + 1 });
  }
  if (row.evidence) {
    const current = recordOf(records, row.id).evidence;
    // Unchanged cells keep the evidence as stored (its pieces, its attachments).
    if (!sameEvidenceCells(evidenceToCells(current), row.evidence)) {
      edits.push({
        itemId: row.id,
        field: 'evidence',
        value: evidenceFromCells(row.evidence, current),
        row: row.row + 1,
      });
    }
  }
  return edits;
}
