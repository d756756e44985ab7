import type { SheetPlan } from '../export/sheet-plan';
import { listSheet, plannedRow, setCell } from '../export/sheet-plan';
import type { TemplateIndex } from '../template/template-index';
import type { Recommendation } from './recommendation';
import { isOverdue } from './recommendation';

type Translate = (key: string, params?: Record<string, string | number>) => string;

const HEADERS = [
  'number',
  'code',
  'part',
  'text',
  'source',
  'pokja',
  'due',
  'status',
  'evidence',
  'note',
] as const;
const WIDTHS = [5, 16, 40, 60, 18, 14, 10, 10, 40, 18];

/**
 * The sheet "Tindak Lanjut" of the LKE and rekap exports: one row per recommendation, with the question
 * or part of the LKE it concerns, where it came from, the pokja, the month due, the status and the
 * evidence of completion; overdue and proposed ones are said so in the last column.
 */
export function planFollowupSheet(
  recommendations: readonly Recommendation[],
  index: TemplateIndex,
  t: Translate,
  today: string,
): SheetPlan {
  const plan = listSheet(
    t('followup.sheet'),
    WIDTHS.map((width, col) => ({ col, width, ...(width >= 18 ? { wrap: true } : {}) })),
    HEADERS.map((key) => t(`followup.columns.${key}`)),
  );
  recommendations.forEach((r, i) => {
    const row = plannedRow(i + 1, 'plain');
    const node =
      r.targetId === null ? undefined : (index.groups.get(r.targetId) ?? index.indicators.get(r.targetId));
    const input = r.targetId === null ? undefined : index.answerables.get(r.targetId);
    const part =
      r.targetId === null
        ? t('followup.whole')
        : (node?.title ?? (input?.kind === 'input' ? input.input.title : r.targetId));
    const notes = [
      r.proposed ? t('followup.proposed') : null,
      isOverdue(r, today) ? t('followup.overdue') : null,
    ];
    const values = [
      i + 1,
      r.targetId ?? '',
      part,
      r.text,
      t(`followup.sources.${r.source}`),
      r.pokja ?? '',
      r.dueMonth ?? '',
      r.status,
      r.evidence ?? '',
      notes.filter(Boolean).join(', '),
    ];
    values.forEach((value, col) => {
      if (value !== '') setCell(row, col, { value, ...(col === 0 ? { format: 'integer' as const } : {}) });
    });
    plan.rows.push(row);
  });
  return plan;
}
