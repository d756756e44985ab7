import type { TemplateIndex } from '../../shared/template/template-index';
import type { TemplateNode } from '../../shared/template/template-schema';
import { cellName } from '../../shared/workbook/read/cell-address';
import type { CellResult } from '../../shared/workbook/read/cell-result';
import { isErrorResult, numberOf } from '../../shared/workbook/read/cell-result';
import type { Finding } from '../../shared/workbook/findings/finding';
import type { SheetData } from '../../shared/workbook/read/sheet-data';
import type { WorkbookEngine } from './workbook-engine';

/**
 * What the workbook shows with its current answers that users must know: a sub-area with no answer
 * (Excel shows #DIV/0! for the whole total; the workbench calls it incomplete and names the sub-area),
 * a ratio dividing by zero, and any other error where it starts.
 */
export function engineFindings(engine: WorkbookEngine, index: TemplateIndex, sheet: SheetData): Finding[] {
  const { layout } = engine;
  const valueCol = layout.columns.unit.value;
  if (valueCol === undefined) return [];
  const findings: Finding[] = [];
  const where = (row: number, col: number) => ({ sheet: sheet.name, cell: cellName(row, col) });
  // Unanswered rows whose value cell shows an error ("Blm Diisi" × weight): what leaves a total incomplete.
  const blank: string[] = [];
  const visit = (node: TemplateNode): void => {
    const row = layout.rows[node.id];
    const shown = engine.nodeValue(node.id);
    if (node.kind === 'group') {
      node.children.forEach(visit);
      const childValues = node.children.map((c) => engine.nodeValue(c.id));
      if (row === undefined || !isErrorResult(shown) || childValues.some(isErrorResult)) return;
      if (node.aggregate === 'average' && !childValues.some((v) => numberOf(v) !== null)) {
        findings.push({
          code: 'finding.emptySubArea',
          severity: 'warning',
          params: { id: node.id, title: node.title, error: shown.error },
          where: where(row, valueCol),
          nodeId: node.id,
        });
      } else {
        findings.push(errorFinding(node.id, shown, where(row, valueCol)));
      }
      return;
    }
    if (row === undefined) return;
    if (node.derive) {
      const computed = engine.read(row, layout.columns.unit.answer);
      if (isErrorResult(computed) && computed.error === '#DIV/0!') {
        findings.push({
          code: 'finding.divisionByZero',
          severity: 'warning',
          params: { id: node.id, title: node.title, value: node.derive.onZeroDenominator },
          where: where(row, layout.columns.unit.answer),
          nodeId: node.id,
        });
        return;
      }
    }
    const inputsFail = (node.inputs ?? []).some((i) => {
      const inputRow = layout.rows[i.id];
      return inputRow !== undefined && isErrorResult(engine.read(inputRow, layout.columns.unit.answer));
    });
    if (isErrorResult(shown) && !inputsFail) {
      if (!isUnansweredError(engine, index, node.id))
        findings.push(errorFinding(node.id, shown, where(row, valueCol)));
      else blank.push(`${sheetRef(sheet.name)}!${cellName(row, layout.columns.unit.answer)} (${node.id})`);
    }
  };
  visit(index.template.root);
  const total = engine.total();
  if (isErrorResult(total) && layout.total && blank.length) {
    findings.push({
      code: 'finding.incompleteTotal',
      severity: 'warning',
      params: { error: total.error, count: blank.length, answers: listed(blank) },
      where: {
        ...(layout.total.sheet !== undefined ? { sheet: layout.total.sheet } : { sheet: sheet.name }),
        cell: cellName(layout.total.row, layout.total.col),
      },
    });
  } else if (isErrorResult(total) && !findings.length && layout.total) {
    findings.push(errorFinding('ROOT', total, where(layout.total.row, layout.total.col)));
  }
  return findings;
}

/** A sheet's name as a formula writes it before "!": quoted unless letters, digits and _ only. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The first ten, then how many more. */
function listed(items: string[]): string {
  return items.length > 10 ? `${items.slice(0, 10).join(', ')}, … (+${items.length - 10})` : items.join(', ');
}

/** "Blm Diisi" × weight gives #VALUE! on an unanswered Hasil row: that is "not answered", not a defect. */
function isUnansweredError(engine: WorkbookEngine, index: TemplateIndex, id: string): boolean {
  const row = engine.layout.rows[id];
  if (row === undefined || !index.answerables.has(id)) return false;
  const answer = engine.read(row, engine.layout.columns.unit.answer);
  return answer === null || answer === '';
}

function errorFinding(id: string, shown: { error: string }, where: Finding['where']): Finding {
  return {
    code: 'finding.errorInWorkbook',
    severity: 'warning',
    params: { id, error: shown.error },
    where,
    nodeId: id,
  };
}

/**
 * Formula cells of the LKE sheet whose result the engine computes differently from the result Excel
 * saved: the workbench cannot reproduce the workbook there (an unsupported function, a link to another
 * file). Cells saved without a result (files written by other tools) are not compared.
 */
export function engineDifferences(engine: WorkbookEngine, sheet: SheetData): Finding[] {
  const differing: string[] = [];
  sheet.rows.forEach((cells, row) =>
    cells?.forEach((cell, col) => {
      if (!cell?.formula || (cell.value === null && !cell.error)) return;
      const computed = engine.read(row, col);
      if (!sameResult(computed, cell.error ? { error: cell.error } : cell.value))
        differing.push(cellName(row, col));
    }),
  );
  if (!differing.length) return [];
  return [
    {
      code: 'finding.engineDiffers',
      severity: 'info',
      params: { count: differing.length, cells: differing.slice(0, 5).join(', ') },
      where: { sheet: sheet.name, cell: differing[0] as string },
    },
  ];
}

function sameResult(a: CellResult, b: CellResult): boolean {
  if (isErrorResult(a) || isErrorResult(b)) return isErrorResult(a) && isErrorResult(b);
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== null || y !== null)
    return x !== null && y !== null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return String(a ?? '') === String(b ?? '');
}
