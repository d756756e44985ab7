import type { PlannedRow, SheetPlan } from '../export/sheet-plan';
import { plannedRow, setCell } from '../export/sheet-plan';
import { columnLetters } from '../workbook/read/cell-address';
import type { Survey } from './survey';

/** Where the sheet puts a survey's computation: for tests and for formulas that point at it. */
export interface SurveyBlock {
  name: string;
  /** The cell (A1 style) of the IKM (SKM) or the 0–4 value (IPAK/IPKP). */
  indexCell: string;
  /** The cells of each element's NRR, in the survey's item order. */
  nrrCells: string[];
}

const FIRST_ITEM_COL = 3;

/**
 * The sheet "Survei": for each survey, its computation in live formulas over its responses, so that an
 * evaluator can check it in Excel or LibreOffice. NRR per element = AVERAGE of its column (AVERAGE skips
 * blank answers: over the respondents who answered); SKM: NRR tertimbang = NRR × bobot (1/9 or 0,111),
 * IKM = SUM × 25, mutu from the conversion table on the IKM rounded to two decimals; IPAK/IPKP: the
 * average of the NRRs and its conversion to 0–4 as the survey states it. The responses follow, one row
 * per respondent.
 */
export function planSurveySheet(surveys: readonly Survey[]): { plan: SheetPlan; blocks: SurveyBlock[] } {
  const rows: PlannedRow[] = [];
  const blocks: SurveyBlock[] = [];
  let r = 0;
  const widest = Math.max(0, ...surveys.map((s) => s.items.length));
  for (const survey of surveys) {
    const k = survey.items.length;
    const n = survey.respondents.length;
    const first = r + k + 8; // first response row (0-based)
    const range = (j: number): string => {
      const col = columnLetters(FIRST_ITEM_COL + j);
      return `${col}${first + 1}:${col}${first + Math.max(n, 1)}`;
    };
    const title = plannedRow(r++, 'title');
    setCell(title, 0, {
      value: `${survey.name} (${survey.kind.toUpperCase()}) — ${n} responden, ${survey.sourceFile}`,
      bold: true,
    });
    rows.push(title);
    const header = plannedRow(r++, 'header');
    ['Unsur', 'NRR', 'Bobot', 'NRR tertimbang', 'Responden menjawab'].forEach((text, c) =>
      setCell(header, c, { value: text, bold: true }),
    );
    rows.push(header);
    const nrrCells: string[] = [];
    const firstElement = r;
    survey.items.forEach((item, j) => {
      const row = plannedRow(r, 'question');
      const at = r + 1;
      setCell(row, 0, { value: item.name });
      setCell(row, 1, { formula: `IF(COUNT(${range(j)})=0,"",AVERAGE(${range(j)}))`, format: 'decimal' });
      if (survey.kind === 'skm') {
        setCell(
          row,
          2,
          survey.weights === 'exact'
            ? { formula: `1/${k}`, format: 'decimal' }
            : { value: Math.round((1 / k) * 1000) / 1000, format: 'decimal' },
        );
        setCell(row, 3, { formula: `B${at}*C${at}`, format: 'decimal' });
      }
      setCell(row, 4, { formula: `COUNT(${range(j)})`, format: 'integer' });
      nrrCells.push(`B${at}`);
      rows.push(row);
      r++;
    });
    const lastElement = r;
    const resultRow = plannedRow(r++, 'total');
    const at = resultRow.row + 1;
    if (survey.kind === 'skm') {
      setCell(resultRow, 0, { value: 'IKM = Σ NRR tertimbang × 25', bold: true });
      setCell(resultRow, 3, {
        formula: `SUM(D${firstElement + 1}:D${lastElement})*25`,
        format: 'decimal',
        bold: true,
      });
      rows.push(resultRow);
      const mutu = plannedRow(r++, 'plain');
      const ikm = `ROUND(D${at},2)`;
      setCell(mutu, 0, { value: 'Mutu (kinerja)' });
      setCell(mutu, 3, {
        formula: `IF(${ikm}>=88.31,"A (Sangat Baik)",IF(${ikm}>=76.61,"B (Baik)",IF(${ikm}>=65,"C (Kurang Baik)","D (Tidak Baik)")))`,
      });
      rows.push(mutu);
      blocks.push({ name: survey.name, indexCell: `D${at}`, nrrCells });
    } else {
      setCell(resultRow, 0, { value: `Rata-rata (skala 1–${survey.scale})`, bold: true });
      setCell(resultRow, 3, {
        formula: `AVERAGE(B${firstElement + 1}:B${lastElement})`,
        format: 'decimal',
        bold: true,
      });
      rows.push(resultRow);
      const value = plannedRow(r++, 'total');
      const average = `D${at}`;
      const rule =
        survey.conversion === 'range'
          ? {
              text: `Nilai (0–4) = 1 + 3 × (rata-rata − 1) ÷ (${survey.scale} − 1)`,
              formula: `1+3*(${average}-1)/(${survey.scale}-1)`,
            }
          : {
              text: `Nilai (0–4) = rata-rata × 4 ÷ ${survey.scale}`,
              formula: `${average}*4/${survey.scale}`,
            };
      setCell(value, 0, { value: rule.text, bold: true });
      setCell(value, 3, { formula: rule.formula, format: 'decimal', bold: true });
      rows.push(value);
      blocks.push({ name: survey.name, indexCell: `D${value.row + 1}`, nrrCells });
    }
    r++;
    const responsesHeader = plannedRow(first - 1, 'header');
    ['Baris', 'Jenis layanan', 'Tanggal', ...survey.items.map((i) => i.name)].forEach((text, c) =>
      setCell(responsesHeader, c, { value: text, bold: true }),
    );
    rows.push(responsesHeader);
    survey.respondents.forEach((respondent, i) => {
      const row = plannedRow(first + i, 'plain');
      setCell(row, 0, { value: respondent.row, format: 'integer' });
      setCell(row, 1, { value: respondent.serviceType });
      setCell(row, 2, { value: respondent.date });
      survey.items.forEach((item, j) =>
        setCell(row, FIRST_ITEM_COL + j, { value: respondent.answers[item.key] ?? null, format: 'integer' }),
      );
      rows.push(row);
    });
    r = first + Math.max(n, 1) + 2;
  }
  const columns = [
    { col: 0, width: 42, wrap: true },
    { col: 1, width: 14 },
    { col: 2, width: 12 },
    ...Array.from({ length: Math.max(widest, 2) }, (_, j) => ({ col: FIRST_ITEM_COL + j, width: 14 })),
  ];
  return { plan: { name: 'Survei', columns, rows, merges: [], validations: [] }, blocks };
}
