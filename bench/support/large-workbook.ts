import type { Group, Indicator, Template } from '../../shared/template/template-schema';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import type { CellData, WorkbookData } from '../../shared/workbook/read/sheet-data';

// Columns as in the real ZI 2021 sheet: H weight, J answer type, K answer, L value (0-based).
const WEIGHT = 7;
const TYPE = 9;
const ANSWER = 10;
const VALUE = 11;
const SHEET = 'LKE';

/**
 * A workbook for a template (the generated 5,000-indicator one) written the way the official ZI
 * workbooks compute: every question's value cell holds the generic formula of the real workbook (the
 * chain of IFs over the answer type and the answer), a `%` row's answer cell divides its `Jumlah`
 * inputs, a sub-area is AVERAGE(its rows) × weight, areas, components and the total are SUMs. Plain
 * data and a layout, built straight into the formula engine (no .xlsx file, no import).
 */
export function workbookFor(template: Template): { data: WorkbookData; layout: WorkbookLayout } {
  const rows: (CellData | undefined)[][] = [[{ value: 'Bobot' }]];
  const places: Record<string, number> = {};
  const add = (cells: Record<number, CellData>): number => {
    const row: (CellData | undefined)[] = [];
    for (const [col, cell] of Object.entries(cells)) row[Number(col)] = cell;
    rows.push(row);
    return rows.length - 1;
  };
  const L = (row: number): string => `L${row + 1}`;
  const K = (row: number): string => `K${row + 1}`;

  const writeIndicator = (indicator: Indicator): number => {
    const row = add({ [TYPE]: { value: indicator.answerType } });
    places[indicator.id] = row;
    (rows[row] as CellData[])[VALUE] = { value: null, formula: valueFormula(row + 1) };
    const inputs = (indicator.inputs ?? []).map((input) => {
      const at = add({ [TYPE]: { value: 'Jumlah' } });
      places[input.id] = at;
      (rows[at] as CellData[])[VALUE] = { value: null, formula: valueFormula(at + 1) };
      return at;
    });
    const [numerator, denominator] = inputs;
    if (indicator.derive && numerator !== undefined && denominator !== undefined) {
      const [a, b] = [K(numerator), K(denominator)];
      (rows[row] as CellData[])[ANSWER] = {
        value: null,
        formula: `IF(OR(${a}="",${b}=""),"",IF(${b}=0,0,MAX(0,MIN(1,${a}/${b}))))`,
      };
    }
    return row;
  };

  const writeGroup = (group: Group): number => {
    const row = add({ [WEIGHT]: { value: group.weight } });
    places[group.id] = row;
    const children = group.children.map((child) =>
      child.kind === 'group' ? writeGroup(child) : writeIndicator(child),
    );
    const last = rows.length - 1;
    const formula =
      group.aggregate === 'average'
        ? `AVERAGE(L${row + 2}:L${last + 1})*H${row + 1}`
        : `SUM(${children.map(L).join(',')})`;
    (rows[row] as CellData[])[VALUE] = { value: null, formula };
    return row;
  };

  const root = writeGroup(template.root);
  const layout: WorkbookLayout = {
    sheet: SHEET,
    headerRows: { first: 0, last: 0 },
    columns: {
      hierarchy: { first: 0, last: 6 },
      weight: WEIGHT,
      type: TYPE,
      unit: { label: 'Jawaban', answer: ANSWER, value: VALUE },
    },
    rows: places,
    total: { row: root, col: VALUE },
  };
  const sheet = { name: SHEET, hidden: false, protected: false, rows, merges: [], lists: {} };
  return { data: { sheets: [sheet], names: [] }, layout };
}

/** The generic "Nilai" formula of the real ZI 2021 workbook (cell L8), for sheet row `r` (1-based). */
function valueFormula(r: number): string {
  const k = `K${r}`;
  const choice = (options: [string, number][]): string =>
    options.reduceRight((rest, [key, value]) => `IF(${k}="${key}",${value},${rest})`, '"Blm Diisi"');
  const byType: [string, string][] = [
    [
      'Ya/Tidak',
      choice([
        ['Ya', 1],
        ['Tidak', 0],
      ]),
    ],
    [
      'A/B/C',
      choice([
        ['A', 1],
        ['B', 0.5],
        ['C', 0],
      ]),
    ],
    [
      'A/B/C/D',
      choice([
        ['A', 1],
        ['B', 0.67],
        ['C', 0.33],
        ['D', 0],
      ]),
    ],
    [
      'A/B/C/D/E',
      choice([
        ['A', 1],
        ['B', 0.75],
        ['C', 0.5],
        ['D', 0.25],
        ['E', 0],
      ]),
    ],
    ['%', `IF(${k}="","Blm Diisi",${k})`],
    ['Jumlah', `IF(${k}="","Blm Diisi","")`],
    ['Rupiah', `IF(${k}="","Blm Diisi","")`],
  ];
  return byType.reduceRight(
    (rest, [type, then]) => `IF(J${r}="${type}",${then},${rest})`,
    `IF(J${r}="","","-")`,
  );
}
