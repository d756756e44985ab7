import type { Formula } from '../formula/ast';
import { parseFormula } from '../formula/parse';
import { walkFormula } from '../formula/references';
import type { SheetData, WorkbookData } from './sheet-data';
import { cellAt, textAt } from './sheet-data';
import { cellName } from './cell-address';

/** The option keys a question row offers, and where they were read. */
export interface OptionKeys {
  keys: string[];
  source: 'label' | 'list' | 'formula' | 'none';
}

/**
 * Option keys of a question, from the most to the least explicit source: its "Pilihan Jawaban" label
 * ("A/B/C/D"), the dropdown list of its answer cell ("Ya,Tidak"), or the texts its value formula compares
 * the answer with (`IF(K60="WTP",3,…)`) or looks up (`VLOOKUP(K60,$X$1:$Y$4,2,FALSE)`).
 */
export function optionKeys(
  sheet: SheetData,
  row: number,
  typeLabel: string | null,
  answerCol: number,
  valueCol: number | undefined,
  workbook?: WorkbookData,
  parsed?: Formula | null,
): OptionKeys {
  const formula = valueCol === undefined ? undefined : cellAt(sheet, row, valueCol)?.formula;
  const fromFormula = formula ? keysInFormula(sheet, formula, row, answerCol, workbook, parsed) : [];
  const fromLabel = splitLabel(typeLabel);
  // A label whose parts are not what the formula compares with ("Y/T" over answers "Ya"/"Tidak") names
  // the type, not its options: the formula's texts are the options then (probing keeps those it scores).
  const labelKnown = (key: string): boolean => fromFormula.some((k) => k.toLowerCase() === key.toLowerCase());
  if (fromLabel.length >= 2 && (fromFormula.length < 2 || fromLabel.every(labelKnown)))
    return { keys: fromLabel, source: 'label' };
  const list = sheet.lists[cellName(row, answerCol)];
  if (list && list.length >= 2) return { keys: list, source: 'list' };
  if (fromFormula.length >= 2) return { keys: fromFormula, source: 'formula' };
  if (fromLabel.length >= 2) return { keys: fromLabel, source: 'label' };
  return { keys: [], source: 'none' };
}

/** "A/B/C/D" → A, B, C, D; "Ya/Tidak" → Ya, Tidak; labels that are not lists give nothing. */
export function splitLabel(label: string | null): string[] {
  if (!label || !label.includes('/')) return [];
  const parts = label.split('/').map((p) => p.trim());
  const listLike = parts.every((p) => p.length > 0 && p.length <= 12 && !/^\d/.test(p) && !/[()]/.test(p));
  return listLike ? parts : [];
}

/**
 * The texts a row's value formula compares its answer cell with, or looks it up among. `parsed`: the
 * formula already parsed from `text` by the caller (null when it could not be read), not parsed again.
 */
export function keysInFormula(
  sheet: SheetData,
  text: string,
  row: number,
  answerCol: number,
  workbook?: WorkbookData,
  parsed?: Formula | null,
): string[] {
  let formula: Formula | null;
  try {
    formula = parsed === undefined ? parseFormula(text) : parsed;
  } catch {
    return [];
  }
  if (formula === null) return [];
  const keys: string[] = [];
  const add = (key: string): void => {
    if (key !== '' && !keys.includes(key)) keys.push(key);
  };
  const isAnswer = (node: Formula): boolean =>
    node.kind === 'cell' &&
    node.ref.sheet === undefined &&
    node.ref.row === row &&
    node.ref.col === answerCol;
  for (const node of walkFormula(formula)) {
    if (node.kind === 'binary' && node.op === '=') {
      if (isAnswer(node.left) && node.right.kind === 'string') add(node.right.value);
      if (isAnswer(node.right) && node.left.kind === 'string') add(node.left.value);
    }
    if (
      node.kind === 'call' &&
      ['VLOOKUP', 'MATCH', 'LOOKUP'].includes(node.name) &&
      node.args[0] &&
      isAnswer(node.args[0])
    ) {
      let table = node.args[1];
      // A named table (`OpsiJawaban`) is read where its name points.
      if (table?.kind === 'name' && workbook) {
        const target = workbook.names.find(
          (n) => n.name.toLowerCase() === (table as { name: string }).name.toLowerCase(),
        );
        try {
          table = target ? parseFormula(target.formula) : table;
        } catch {
          // A name we cannot read names no options.
        }
      }
      if (table?.kind === 'range') {
        // A table on another sheet (a hidden "Referensi" sheet) is read there.
        const on =
          table.from.sheet === undefined
            ? sheet
            : workbook?.sheets.find(
                (s) => s.name.trim().toLowerCase() === table.from.sheet?.trim().toLowerCase(),
              );
        for (let r = table.from.row; on && r <= table.to.row && r - table.from.row < 50; r++) {
          const key = textAt(on, r, table.from.col);
          if (key) add(key);
        }
      }
      if (table?.kind === 'array')
        for (const item of table.rows.map((r) => r[0])) if (item?.kind === 'string') add(item.value);
    }
  }
  return keys;
}
