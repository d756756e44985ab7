import { parseAnswer } from '../answers/parse-answer';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import { recordIds } from '../records/diff-records';
import { sameValue } from '../records/record-change';
import type { Problem } from '../problem';
import type { TemplateIndex } from '../template/template-index';

/** The document's records placed on the 2026 portal's questions, and what found no place. */
export interface PortalMapping {
  records: Map<string, AnswerRecord>;
  /** Source item id → 2026 item id, for every item placed. */
  placed: Map<string, string>;
  notices: Problem[];
}

interface Item {
  id: string;
  title: string;
  /** The title compared: lower case, punctuation and spacing dropped. */
  question: string;
  type: string;
  parent: string;
}

/**
 * Places a document's records on the 2026 master's items. An item of the document goes to the 2026
 * item that asks the same question: the same title (ignoring case, spacing and punctuation) and the
 * same answer type, preferring the same code, then the same sub-area, then the only such item. A ZI
 * 2021 document so fills 119 of the 127 soal: the two questions of "Pelayanan Publik v." that swapped
 * places are found by their titles, while the LHKPN / non-LHKPN counts, which 2026 asks differently,
 * are left empty and reported, as is an answer that is not an option of the 2026 type. Nothing is
 * guessed from a merely similar title.
 */
export function mapToPortal(
  source: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  target: TemplateIndex,
): PortalMapping {
  const sources = items(source);
  const used = new Set<string>();
  const placed = new Map<string, string>();
  const mapped = new Map<string, AnswerRecord>();
  const notices: Problem[] = [];
  for (const goal of items(target)) {
    const same = sources.filter(
      (s) => !used.has(s.id) && s.question === goal.question && s.type === goal.type,
    );
    const match =
      same.find((s) => s.id === goal.id) ??
      same.find((s) => s.parent === goal.parent) ??
      (same.length === 1 ? same[0] : undefined);
    if (!match) continue;
    used.add(match.id);
    placed.set(match.id, goal.id);
    const record = recordOf(records, match.id);
    const checked = checkAnswers(record, target, goal.id);
    notices.push(...checked.notices);
    if (!sameValue(checked.record, EMPTY_RECORD)) mapped.set(goal.id, checked.record);
  }
  for (const item of sources) {
    if (used.has(item.id) || sameValue(recordOf(records, item.id), EMPTY_RECORD)) continue;
    notices.push({ code: 'export.portalUnplaced', params: { code: item.id, title: item.title } });
  }
  for (const goal of items(target)) {
    if ([...placed.values()].includes(goal.id) || !target.answerables.has(goal.id)) continue;
    notices.push({ code: 'export.portalEmpty', params: { code: goal.id, title: goal.title } });
  }
  return { records: mapped, placed, notices };
}

/** Every item that can hold a record, with what identifies its question. */
function items(index: TemplateIndex): Item[] {
  return recordIds(index).map((id) => {
    const answerable = index.answerables.get(id);
    const node = answerable?.kind === 'input' ? answerable.input : index.indicators.get(id);
    const owner = answerable?.indicator.id ?? id;
    return {
      id,
      title: node?.title ?? '',
      question: normalise(node?.title ?? ''),
      type: node?.answerType ?? '',
      parent: index.parent.get(owner)?.id ?? '',
    };
  });
}

/** Answers that are not an option of the 2026 type are left out, and said so. */
function checkAnswers(
  record: AnswerRecord,
  target: TemplateIndex,
  id: string,
): { record: AnswerRecord; notices: Problem[] } {
  const type = target.answerables.get(id)?.type;
  const notices: Problem[] = [];
  const fit = (value: AnswerRecord['answer']): AnswerRecord['answer'] => {
    if (value === null || !type) return type ? value : null;
    const parsed = parseAnswer(type, value);
    if (parsed.ok) return parsed.value;
    notices.push({ code: 'export.portalAnswerDropped', params: { code: id, answer: String(value) } });
    return null;
  };
  return {
    record: { ...record, answer: fit(record.answer), reviewerAnswer: fit(record.reviewerAnswer) },
    notices,
  };
}

const normalise = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
