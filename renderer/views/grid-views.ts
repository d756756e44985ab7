/**
 * The three ways of looking at the grid, one per kind of user: the pokja fills answers, notes and
 * evidence; the evaluator (TPI / APIP) puts its answers beside the unit's; the coordinator follows who
 * does what by when. A view is an order of column ids; every other column is hidden (the column chooser
 * may show it again).
 */
export const GRID_VIEWS = ['pokja', 'reviewer', 'coordinator'] as const;
export type GridView = (typeof GRID_VIEWS)[number];

const VIEW_COLUMNS: Record<GridView, readonly string[]> = {
  // Last year's columns exist only for a workbook holding two years or a document started from last
  // year's; then the pokja sees them too, with the button confirming a carried answer.
  pokja: [
    'code',
    'title',
    'answer',
    'fromLastYear',
    'value',
    'prior',
    'delta',
    'note',
    'evidence',
    'status',
    'targetMonth',
    'type',
    'weight',
  ],
  reviewer: [
    'code',
    'title',
    'answer',
    'value',
    'reviewerAnswer',
    'reviewerValue',
    'reviewerNote',
    'note',
    'evidence',
  ],
  coordinator: [
    'code',
    'title',
    'pokja',
    'status',
    'targetMonth',
    'completeness',
    'answer',
    'fromLastYear',
    'value',
    'prior',
    'delta',
  ],
};

/** Columns a view shows before the user changes anything (in their order). */
export function viewColumns(view: GridView): readonly string[] {
  return VIEW_COLUMNS[view];
}

/**
 * The columns in the view's order: the view's own first, then the others (hidden unless the user chose
 * to show them). `hidden` holds what the user hid, `shown` what the user added.
 */
export function orderColumns(
  all: readonly string[],
  view: GridView,
  choice: { hidden: readonly string[]; shown: readonly string[] },
): { id: string; hide: boolean }[] {
  const own = VIEW_COLUMNS[view].filter((id) => all.includes(id));
  const rest = all.filter((id) => !own.includes(id));
  return [...own, ...rest].map((id) => ({
    id,
    hide:
      id === 'code' || id === 'title'
        ? false
        : own.includes(id)
          ? choice.hidden.includes(id)
          : !choice.shown.includes(id),
  }));
}
