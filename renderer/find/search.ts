import type { AnswerRecord } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';

export interface FindHit {
  /** The question (indicator) to show: a `Jumlah` input is found through its question. */
  id: string;
  code: string;
  title: string;
  /** Where the text was found. */
  field: 'code' | 'title' | 'note' | 'evidence' | 'reviewerNote';
}

/** Lower case without accents, so that "kebijakan" finds "Kebijakan" and "e" finds "é". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Every question whose code, title, note, evidence (description or link) or reviewer's note contains
 * the text, in the LKE's order. The grid draws only the rows on screen, so the browser's own find
 * cannot see most questions: this searches the document instead.
 */
export function findQuestions(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  query: string,
): FindHit[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  const hits: FindHit[] = [];
  for (const indicator of index.indicatorOrder) {
    const ids = [indicator.id, ...(indicator.inputs ?? []).map((i) => i.id)];
    const hit = (field: FindHit['field']) =>
      hits.push({ id: indicator.id, code: indicator.code, title: indicator.title, field });
    if (fold(indicator.id).includes(wanted)) hit('code');
    else if (fold(indicator.title).includes(wanted)) hit('title');
    else {
      const records_ = ids.map((id) => records.get(id)).filter((r): r is AnswerRecord => Boolean(r));
      const field = (['note', 'reviewerNote'] as const).find((f) =>
        records_.some((r) => fold(r[f] ?? '').includes(wanted)),
      );
      if (field) hit(field);
      else if (
        records_.some((r) => r.evidence.some((e) => fold(`${e.text ?? ''} ${e.url ?? ''}`).includes(wanted)))
      )
        hit('evidence');
    }
  }
  return hits;
}
