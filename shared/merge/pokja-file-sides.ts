import type { AnswerRecord, RecordEvidence, RecordField } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import { recordIds } from '../records/diff-records';
import type { FieldEdit } from '../records/plan-edits';
import { planEdits } from '../records/plan-edits';
import type { FieldValue } from '../records/record-change';
import type { Problem, ProblemLocation, Result } from '../problem';
import { fail, ok } from '../problem';
import type { TemplateIndex } from '../template/template-index';
import type { EvidenceCells } from '../export/evidence-cells';
import { evidenceFromCells, evidenceToCells, sameEvidenceCells } from '../export/evidence-cells';
import type { PokjaMeta } from '../export/pokja-file';
import type { PokjaScope } from '../export/pokja-scope';
import type { PokjaBase } from './pokja-base';
import type { RepeatedRows } from './repeated-rows';
import { repeatedRows } from './repeated-rows';
import type { FieldSides } from './three-way';
import { fieldKey, mergeField } from './three-way';

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
  /** The values at export (hidden sheet `rbw-base`); null for a file without one. */
  base: PokjaBase | null;
  rows: PokjaFileRow[];
}

/** The three sides of every field of the pokja's rows, with the file's row of each (1-based). */
export interface PokjaFileSides {
  sides: FieldSides[];
  rows: Map<string, number>;
  /** Whether the file knows its base (else every difference is for the user to choose). */
  baseKnown: boolean;
}

/** A file of another template or another document: the problem naming both; null when it is this one's. */
export function checkPokjaFileOrigin(
  index: TemplateIndex,
  file: PokjaFile,
  document: { uid: string; fileName: string },
): Problem | null {
  const { meta } = file;
  const sameTemplate = meta.template === index.template.id;
  if (sameTemplate && (!meta.documentUid || meta.documentUid === document.uid)) return null;
  return {
    code: sameTemplate ? 'merge.otherDocument' : 'merge.otherTemplate',
    params: {
      template: meta.template,
      expected: index.template.id,
      document: meta.document,
      expectedDocument: document.fileName,
    },
    where: { file: file.fileName, sheet: file.sheet },
  };
}

/**
 * Reads a pokja's file against its document, all or nothing: a file of another template or another
 * document is refused naming both; every value is checked as if typed; a row outside the pokja's areas
 * (as the document assigns them now) that the file changed refuses the whole file, naming each such row,
 * so that merging one pokja's work never touches another's. `documentUid` is this document's identity.
 */
export function pokjaFileSides(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  scope: PokjaScope,
  file: PokjaFile,
  document: { uid: string; fileName: string },
  options: { allowBlank?: boolean } = {},
): Result<PokjaFileSides> {
  const where: ProblemLocation = { file: file.fileName, sheet: file.sheet };
  const origin = checkPokjaFileOrigin(index, file, document);
  if (origin) return fail(origin);
  const { meta } = file;
  const base = meta.documentUid ? file.base : null;
  const known = new Set(recordIds(index));
  const problems: Problem[] = [];
  const rows = new Map<string, number>();
  const edits: FieldEdit[] = [];
  const evidence: { itemId: string; cells: EvidenceCells; row: number }[] = [];
  // Rows repeating a code: every row of the same field after the first, read but not yet merged.
  const repeats: FieldEdit[] = [];
  const repeatedEvidence: { itemId: string; cells: EvidenceCells; row: number }[] = [];
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
    const answerable = index.answerables.has(row.id);
    for (const [field, raw] of Object.entries(row.fields) as [Exclude<RecordField, 'evidence'>, RawCell][]) {
      // A `%` row's answer is computed from its inputs: not the pokja's to type.
      if ((field === 'answer' || field === 'reviewerAnswer') && !answerable) continue;
      const edit = { itemId: row.id, field, value: raw === null ? '' : raw, row: row.row + 1 };
      if (rows.has(fieldKey(row.id, field))) repeats.push(edit);
      else {
        edits.push(edit);
        rows.set(fieldKey(row.id, field), row.row + 1);
      }
    }
    if (row.evidence) {
      const entry = { itemId: row.id, cells: row.evidence, row: row.row + 1 };
      if (rows.has(fieldKey(row.id, 'evidence'))) repeatedEvidence.push(entry);
      else {
        evidence.push(entry);
        rows.set(fieldKey(row.id, 'evidence'), row.row + 1);
      }
    }
  }
  // The file's values, checked as if typed (into an empty document: every value is kept).
  const parsed = planEdits(index, new Map(), edits, where);
  if (!parsed.ok) problems.push(...parsed.problems);
  const typed = new Map(parsed.ok ? parsed.value.map((c) => [fieldKey(c.itemId, c.field), c.after]) : []);
  const valueOf = (edit: FieldEdit): FieldValue =>
    typed.get(fieldKey(edit.itemId, edit.field)) ?? EMPTY_RECORD[edit.field];
  const inFile = repeatedRows(index, edits, evidence, repeats, repeatedEvidence, where, valueOf);
  if (!inFile.ok) problems.push(...inFile.problems);
  if (problems.length) return fail(...problems);
  const disagreeing = inFile.ok ? inFile.value : new Map<string, RepeatedRows>();
  const sides: FieldSides[] = [];
  const sideOf = (
    itemId: string,
    field: RecordField,
    theirs: (base: FieldValue) => FieldValue,
  ): FieldSides => {
    const ours = recordOf(records, itemId)[field];
    const atExport = base?.valueOf(itemId, field) ?? { known: false, value: EMPTY_RECORD[field] };
    // Without a base, the file is read against the document as it is now.
    const reference = atExport.known ? atExport.value : ours;
    const repeated = disagreeing.get(fieldKey(itemId, field));
    return {
      itemId,
      field,
      baseKnown: atExport.known,
      base: atExport.value,
      ours,
      theirs: theirs(reference),
      // Rows of one code disagreeing: a conflict inside the file, whatever the document holds.
      ...(repeated ? { inFile: repeated(reference) } : {}),
    };
  };
  for (const edit of edits) sides.push(sideOf(edit.itemId, edit.field, () => valueOf(edit)));
  for (const e of evidence) {
    // Cells showing the evidence as it was keep it as stored (its pieces, its files).
    sides.push(
      sideOf(e.itemId, 'evidence', (reference) => {
        const stored = reference as RecordEvidence[];
        return sameEvidenceCells(evidenceToCells(stored), e.cells)
          ? stored
          : evidenceFromCells(e.cells, stored);
      }),
    );
  }
  const outside = new Map<string, number>();
  for (const side of sides) {
    if (scope.items.has(side.itemId)) continue;
    const outcome = mergeField(side, options);
    if (outcome === 'take' || outcome === 'conflict') {
      outside.set(
        side.itemId,
        Math.min(outside.get(side.itemId) ?? Infinity, rows.get(fieldKey(side.itemId, side.field)) ?? 0),
      );
    }
  }
  if (outside.size) {
    return fail(
      ...[...outside].map(([code, row]) => ({
        code: 'merge.outsidePokja',
        params: { code, pokja: scope.pokja },
        where: { ...where, row },
      })),
    );
  }
  return ok({ sides: sides.filter((s) => scope.items.has(s.itemId)), rows, baseKnown: base !== null });
}
