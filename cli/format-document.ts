import type { RecordField } from '../shared/records/answer-record';
import { formatNumber } from '../shared/format/number';
import type { Translate } from '../shared/i18n/translator';
import type { DocumentView } from './api-call';

/** A value as the CLI prints it: numbers the Indonesian way, evidence as its descriptions and links. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') return value.toLocaleString('id-ID', { maximumFractionDigits: 6 });
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    return value
      .map((e: { text?: string; url?: string; attachment?: { fileName: string } }) =>
        [e.text, e.url, e.attachment ? `[${e.attachment.fileName}]` : undefined].filter(Boolean).join(' '),
      )
      .join(' | ');
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

/** One line for a short preview of a long text (notes spread over many lines). */
export const oneLine = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

export const fieldName = (field: RecordField | 'metadata' | 'survey', t: Translate): string =>
  t(`field.${field}`);

/** A timestamp in the user's local time, to the minute. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "Nilai total: 12,50 / 100,00 (D)", with the reviewer's total when the reviewer has answered. */
export function totalLine(
  scores: {
    rule: 'workbook' | 'standard';
    unit: { total: number; max: number; category: string | null };
    standard: { total: number } | null;
    reviewer: { total: number; answered: number };
  },
  t: Translate,
): string {
  const { unit, standard, reviewer } = scores;
  const total =
    scores.rule === 'workbook'
      ? t('workbook.totalBy', { rule: t('workbook.ruleWorkbook') })
      : t('score.total');
  const parts = [
    `${total}: ${formatNumber(unit.total)} / ${formatNumber(unit.max)} (${t('score.category')} ${unit.category ?? '–'})`,
  ];
  if (standard) parts.push(`${t('workbook.ruleStandard')}: ${formatNumber(standard.total)}`);
  if (reviewer.answered > 0) parts.push(`${t('document.reviewerTotal')}: ${formatNumber(reviewer.total)}`);
  return parts.join('; ');
}

/** One answerable item or computed indicator of a document, as `rbw show` lists it. */
export interface DocumentItem {
  code: string;
  title: string;
  kind: 'indicator' | 'input';
  answerType: string;
  /** Computed from its `Jumlah` inputs: has a value but no answer of its own. */
  derived: boolean;
  answer: string | number | null;
  note: string | null;
  evidence: unknown[];
  reviewerAnswer: string | number | null;
  reviewerNote: string | null;
  pokja: string | null;
  status: string | null;
  targetMonth: string | null;
  /** The unit's score of the indicator (its share, or points for a weighted row); null for inputs. */
  value: number | null;
  reviewerValue: number | null;
  /** Last year's answer, value and note (documents started from last year's). */
  lastYear?: { answer: string | number | null; value: number | null; note: string | null } | null;
  /** Still shows what was carried from last year, unconfirmed. */
  fromLastYear?: boolean;
}

/** Every indicator of the document in order, each followed by its `Jumlah` inputs. */
export function documentItems(view: DocumentView): DocumentItem[] {
  const unit = new Map(view.scores.unit.nodes.map((n) => [n.id, n.value]));
  const reviewer = new Map(view.scores.reviewer.nodes.map((n) => [n.id, n.value]));
  const items: DocumentItem[] = [];
  const item = (
    code: string,
    title: string,
    kind: DocumentItem['kind'],
    answerType: string,
    derived: boolean,
  ) => {
    const r = view.records[code];
    items.push({
      code,
      title,
      kind,
      answerType,
      derived,
      answer: r?.answer ?? null,
      note: r?.note ?? null,
      evidence: r?.evidence ?? [],
      reviewerAnswer: r?.reviewerAnswer ?? null,
      reviewerNote: r?.reviewerNote ?? null,
      pokja: r?.pokja ?? null,
      status: r?.status ?? null,
      targetMonth: r?.targetMonth ?? null,
      value: kind === 'indicator' ? (unit.get(code) ?? null) : null,
      reviewerValue: kind === 'indicator' ? (reviewer.get(code) ?? null) : null,
    });
  };
  const visit = (
    node: DocumentView['template']['root'] | DocumentView['template']['root']['children'][number],
  ) => {
    if (node.kind === 'group') return node.children.forEach(visit);
    item(node.id, node.title, 'indicator', node.answerType, node.derive !== undefined);
    for (const input of node.inputs ?? []) item(input.id, input.title, 'input', input.answerType, false);
  };
  visit(view.template.root);
  return items;
}
