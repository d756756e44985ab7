import type {
  CellClassParams,
  ColDef,
  ICellEditorParams,
  ValueFormatterParams,
  ValueSetterParams,
} from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { kindOf } from '../../shared/answers/kinds';
import type { RecordField } from '../../shared/records/answer-record';
import { RECORD_FIELDS, WORK_STATUSES } from '../../shared/records/answer-record';
import { formatNumber } from '../../shared/format/number';
import { countOverWholeProblem } from '../../shared/scoring/count-over-whole';
import type { GridRow, ItemRow } from './grid-rows';
import { evidenceText } from './evidence-text';
import { expandAnswer, monthText, parseMonth, parseStatus } from './cell-text';
import { ChoiceEditor } from './ChoiceEditor';
import { EvidenceCell } from './EvidenceCell';
import { confirmColumn } from '../yearly/confirm-column';

/** Columns whose cells take typed or pasted text, in the order a paste fills them from left to right. */
export const EDITABLE_FIELDS: readonly RecordField[] = RECORD_FIELDS;

export type EditHandler = (itemId: string, field: RecordField, text: string | null) => void;

const item = (row: GridRow | undefined): ItemRow | null => (row && row.kind !== 'heading' ? row : null);

/** What a cell shows for an answer: the option key, or the number the Indonesian way. */
export function answerText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value, Number.isInteger(value) ? 0 : 2) : value;
}

function shareText(row: ItemRow, value: number | null): string {
  if (row.kind === 'input') return '';
  if (value === null) return '–';
  return formatNumber(value, row.weight === null ? 2 : 2);
}

/** Editor for a cell: typing a key starts a plain text editor; F2 / double-click opens the option list. */
function answerEditor(params: ICellEditorParams<GridRow>) {
  const row = item(params.data);
  const type = row?.type;
  // A printable key starts typing ("b" + Enter answers B); F2, Enter or a double-click opens the list.
  const typed = typeof params.eventKey === 'string' && params.eventKey.length === 1;
  if (type && kindOf(type).editor(type).kind === 'list' && !typed)
    return { component: ChoiceEditor, popup: true, popupPosition: 'over' as const };
  return { component: 'agTextCellEditor' };
}

/** The text a cell's edit sends: `y` → Ya, "Mei 2026" → 2026-05, "Proses" → proses. */
export function typedValue(t: TFunction, row: ItemRow, field: RecordField, text: string): string {
  const editor = row.type && kindOf(row.type).editor(row.type);
  if ((field === 'answer' || field === 'reviewerAnswer') && editor?.kind === 'list')
    return expandAnswer(text, editor.options);
  if (field === 'targetMonth') return parseMonth(text);
  if (field === 'status')
    return parseStatus(text, Object.fromEntries(WORK_STATUSES.map((s) => [s, t(`ui.status.${s}`)])));
  return text;
}

/**
 * The note editors: the browser cuts what is typed or pasted past a textarea's maxlength without a word
 * (AG Grid's default is 200 characters), so the editor takes any length and the service refuses a note
 * past its limit (one Excel cell, 32 767 characters) with a message naming the field and the limit.
 */
const NOTE_EDITOR = { maxLength: 2_147_483_647, rows: 8, cols: 60 };

const REVIEWER_FIELDS = new Set(['reviewerAnswer', 'reviewerValue', 'reviewerNote']);

export function buildColumns(
  t: TFunction,
  onEdit: EditHandler,
  priorLabel: string | null = null,
  onConfirm: ((itemId: string) => void) | null = null,
  language = 'id',
): ColDef<GridRow>[] {
  const editable = (field: RecordField) => (p: { data?: GridRow }) => {
    const row = item(p.data);
    if (!row) return false;
    if (field === 'answer' || field === 'reviewerAnswer') return row.editable;
    return row.kind === 'indicator' || field === 'note';
  };
  const setter = (field: RecordField) => (p: ValueSetterParams<GridRow>) => {
    const row = item(p.data);
    if (row)
      onEdit(
        row.id,
        field,
        p.newValue === undefined || p.newValue === null || String(p.newValue).trim() === ''
          ? null
          : typedValue(t, row, field, String(p.newValue)),
      );
    return false; // the store re-renders the row once the service has saved the edit
  };
  const recordText = (field: RecordField) => (p: { data?: GridRow }) => {
    const row = item(p.data);
    if (!row) return '';
    const value = row.record[field];
    if (field === 'evidence') return evidenceText(row.record.evidence);
    if (field === 'status' && typeof value === 'string') return t(`ui.status.${value}`);
    if (field === 'targetMonth' && typeof value === 'string') return monthText(value, language);
    return typeof value === 'number' || typeof value === 'string' ? answerText(value) : '';
  };
  const editableColumn = (
    field: RecordField,
    header: string,
    width: number,
    extra: ColDef<GridRow> = {},
  ): ColDef<GridRow> => ({
    colId: field,
    headerName: header,
    width,
    editable: editable(field),
    valueGetter: recordText(field),
    valueSetter: setter(field),
    cellClassRules: {
      'cell-editable': (p: CellClassParams<GridRow>) => Boolean(item(p.data)) && editable(field)(p),
    },
    ...(REVIEWER_FIELDS.has(field) ? { headerClass: 'reviewer-header' } : {}),
    ...extra,
  });

  return [
    {
      colId: 'code',
      headerName: t('ui.columns.code'),
      width: 78,
      pinned: 'left',
      valueGetter: (p) => (p.data ? p.data.code : ''),
      cellClass: (p) => `code depth-${p.data?.depth ?? 0}`,
      tooltipValueGetter: (p) => p.data?.id,
    },
    {
      colId: 'title',
      headerName: t('ui.columns.question'),
      width: 300,
      pinned: 'left',
      valueGetter: (p) => (p.data ? p.data.title : ''),
      tooltipValueGetter: (p) => {
        const row = item(p.data);
        return row?.guidance ? `${row.title}\n\n${row.guidance}` : p.data?.title;
      },
      cellClass: (p) => (p.data?.kind === 'input' ? 'title input-title' : 'title'),
    },
    {
      colId: 'type',
      headerName: t('ui.columns.type'),
      width: 84,
      valueGetter: (p) => item(p.data)?.answerTypeLabel ?? '',
    },
    editableColumn('answer', t('ui.columns.answer'), 92, {
      cellEditorSelector: answerEditor,
      cellClass: (p) => {
        const row = item(p.data);
        return row?.fromSurvey
          ? 'answer from-survey'
          : row?.fromLastYear
            ? 'answer from-last-year'
            : 'answer';
      },
      tooltipValueGetter: (p) => {
        const row = item(p.data);
        const key = row?.record.answer;
        const text = typeof key === 'string' ? row?.optionTexts?.[key] : undefined;
        if (row?.fromSurvey) return surveyMark(row.fromSurvey, t);
        return row?.fromLastYear ? [text, t('ui.yearly.fromLastYear')].filter(Boolean).join(' — ') : text;
      },
    }),
    ...(onConfirm ? [confirmColumn(t, onConfirm)] : []),
    {
      colId: 'value',
      headerName: t('ui.columns.value'),
      width: 76,
      type: 'rightAligned',
      valueGetter: (p) => {
        const row = item(p.data);
        // A count above its whole is said on the value it would otherwise hide (capped at 100%).
        if (row) return `${row.overWhole ? '⚠ ' : ''}${shareText(row, row.value)}`;
        if (p.data?.kind !== 'heading') return '';
        return p.data.totalError ?? formatNumber(p.data.value ?? 0, 2);
      },
      cellClassRules: { 'over-whole': (p) => Boolean(item(p.data)?.overWhole) },
      tooltipValueGetter: (p) => {
        if (p.data?.kind === 'heading' && p.data.totalError)
          return t('ui.numbers.totalIncomplete', { error: p.data.totalError });
        const over = item(p.data)?.overWhole;
        return over ? t('counts.overWhole', countOverWholeProblem(over).params ?? {}) : undefined;
      },
    },
    {
      colId: 'weight',
      headerName: t('ui.columns.weight'),
      width: 64,
      type: 'rightAligned',
      cellClass: 'muted',
      valueGetter: (p) => {
        const weight = p.data?.kind === 'heading' ? p.data.weight : (item(p.data)?.weight ?? null);
        return weight === null || weight === undefined ? '' : formatNumber(weight, 2);
      },
    },
    ...(priorLabel === null ? [] : priorColumns(t, priorLabel)),
    editableColumn('note', t('ui.columns.note'), 200, {
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: NOTE_EDITOR,
    }),
    // Evidence is edited as a list in its own dialog (F2, Enter or a double-click): a description of
    // several lines stays one item. Pasting "description | link" lines still works.
    editableColumn('evidence', t('ui.columns.evidence'), 180, {
      cellRenderer: EvidenceCell,
      editable: false,
      tooltipValueGetter: (p) => {
        const row = item(p.data);
        return row && row.record.evidence.length ? evidenceText(row.record.evidence) : undefined;
      },
    }),
    // The reviewer's columns are always there: an evaluator fills them in an empty document too.
    editableColumn('reviewerAnswer', t('ui.columns.reviewerAnswer'), 124, {
      cellEditorSelector: answerEditor,
      cellClass: 'answer reviewer',
      tooltipValueGetter: (p) => {
        const row = item(p.data);
        const key = row?.record.reviewerAnswer;
        return typeof key === 'string' ? row?.optionTexts?.[key] : undefined;
      },
    }),
    {
      colId: 'reviewerValue',
      headerName: t('ui.columns.reviewerValue'),
      headerClass: 'reviewer-header',
      width: 104,
      type: 'rightAligned',
      cellClass: 'reviewer',
      valueGetter: (p) => {
        const row = item(p.data);
        if (row) return shareText(row, row.reviewerValue);
        return p.data?.kind === 'heading' && p.data.reviewerValue !== null
          ? formatNumber(p.data.reviewerValue, 2)
          : '';
      },
      tooltipValueGetter: (p) =>
        p.data?.kind === 'heading'
          ? t('ui.reviewedOf', { reviewed: p.data.reviewed, questions: p.data.questions })
          : undefined,
    },
    editableColumn('reviewerNote', t('ui.columns.reviewerNote'), 180, {
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: NOTE_EDITOR,
      cellClass: 'reviewer',
    }),
    editableColumn('pokja', t('ui.columns.pokja'), 120),
    editableColumn('status', t('ui.columns.status'), 96, {
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...WORK_STATUSES.map((s) => t(`ui.status.${s}`))] },
      valueFormatter: (p: ValueFormatterParams<GridRow>) => String(p.value ?? ''),
    }),
    editableColumn('targetMonth', t('ui.columns.targetMonth'), 110, {
      headerTooltip: t('ui.targetMonthHelp'),
    }),
    {
      colId: 'completeness',
      headerName: t('ui.columns.completeness'),
      width: 120,
      valueGetter: (p) => {
        const row = p.data;
        if (!row) return '';
        if (row.kind === 'heading') return `${row.answered} / ${row.questions}`;
        if (!row.editable) return '';
        if (row.record.answer === null) return t('ui.completenessOf.unanswered');
        if (row.kind === 'indicator' && row.record.evidence.length === 0)
          return t('ui.completenessOf.noEvidence');
        return t('ui.completenessOf.complete');
      },
    },
  ];
}

/** Last year's answer (and value) and the change since, when the workbook holds two years. */
function priorColumns(t: TFunction, label: string): ColDef<GridRow>[] {
  const valueOf = (row: GridRow | undefined): number | null =>
    row?.kind === 'heading' ? row.value : row && row.kind === 'indicator' ? row.value : null;
  return [
    {
      colId: 'prior',
      headerName: label,
      headerTooltip: t('ui.columns.prior'),
      width: 92,
      valueGetter: (p) => {
        const prior = p.data?.prior;
        if (!prior) return '';
        const answer = prior.answer === null ? '' : answerText(prior.answer);
        const value = prior.value === null ? '' : formatNumber(prior.value, 2);
        return p.data?.kind === 'heading' || !answer ? value : value ? `${answer} · ${value}` : answer;
      },
    },
    {
      colId: 'delta',
      headerName: 'Δ',
      headerTooltip: t('ui.columns.delta'),
      width: 64,
      type: 'rightAligned',
      valueGetter: (p) => {
        const now = valueOf(p.data);
        const before = p.data?.prior?.value ?? null;
        if (now === null || before === null) return '';
        const delta = now - before;
        return `${delta > 0 ? '+' : ''}${formatNumber(delta, 2)}`;
      },
      cellClassRules: {
        pass: (p) => String(p.value ?? '').startsWith('+'),
        fail: (p) => String(p.value ?? '').startsWith('-'),
      },
    },
  ];
}

/** "dari survei SPAK 2026: 30 responden, 2026-06-01" beside an answer a survey fills. */
export function surveyMark(
  mark: { name: string; respondents: number; date: string | null },
  t: TFunction,
): string {
  return t('ui.survey.mark', { name: mark.name, respondents: mark.respondents, date: mark.date ?? '—' });
}
