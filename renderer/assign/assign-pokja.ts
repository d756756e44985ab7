import type { AnswerRecord } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { TemplateNode } from '../../shared/template/template-schema';
import type { PasteEdit } from '../grid/plan-paste';

/** What "assign this area to a pokja" does: the edits to send as one action, and what they cover. */
export interface PokjaAssignment {
  /** One pokja edit per question that has another pokja (or none) now. */
  edits: PasteEdit[];
  /** Every question under the group. */
  questions: number;
  /** Questions that already belong to that pokja (no edit). */
  unchanged: number;
}

/** The ids of every question under a group of the tree, in the LKE's order (derived questions too). */
export function questionsUnder(index: TemplateIndex, groupId: string): string[] {
  const group = index.groups.get(groupId);
  if (!group) return [];
  const ids: string[] = [];
  const visit = (node: TemplateNode): void => {
    if (node.kind === 'group') node.children.forEach(visit);
    else ids.push(node.id);
  };
  visit(group);
  return ids;
}

/**
 * The pokja of every question under a group set to `pokja` (trimmed), as edits the service takes in one
 * transaction and one undoable step (the path a paste takes). A question's `Jumlah` inputs have no
 * pokja of their own: they belong to the question's.
 */
export function planPokjaAssignment(
  index: TemplateIndex,
  groupId: string,
  records: ReadonlyMap<string, AnswerRecord>,
  pokja: string,
): PokjaAssignment {
  const name = pokja.trim();
  const ids = questionsUnder(index, groupId);
  const edits = ids
    .filter((id) => (records.get(id)?.pokja ?? null) !== name)
    .map((itemId, i): PasteEdit => ({ itemId, field: 'pokja', text: name, line: i + 1 }));
  return { edits, questions: ids.length, unchanged: ids.length - edits.length };
}
