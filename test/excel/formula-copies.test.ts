import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../service/workbooks/read-workbook';
import { FormulaGraph } from '../../shared/workbook/graph/formula-graph';
import { parseFormula } from '../../shared/workbook/formula/parse';
import { parseFormulaAt } from '../../shared/workbook/formula/parse-at';
import { withTokensShared } from '../../shared/workbook/formula/tokenize';
import { referenceDir } from '../fixtures/workbooks/reference-models';

const folder = join(referenceDir, 'workbooks');
const workbooks = [
  ...readdirSync(folder).filter((f) => f.endsWith('.xlsx')),
  ...readdirSync(join(folder, 'derived')).map((f) => join('derived', f)),
].filter((f) => f.endsWith('.xlsx'));

/** What parsing a formula gives, or the message it is refused with. */
function readOrRefusal(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

/**
 * An import reads the template's formulas as copies of formulas it has read already (moved to their
 * cell); every formula of every real workbook must read exactly as its own text does.
 */
describe('formulas filled down read as their own text', () => {
  it.each(workbooks)('%s', async (name) => {
    const { data } = await readWorkbookFile(join(folder, name));
    let formulas = 0;
    withTokensShared(() => {
      // The graph reads each shape once, as an import does first.
      new FormulaGraph(data);
      for (const sheet of data.sheets)
        sheet.rows.forEach((cells, row) =>
          cells?.forEach((cell, col) => {
            if (!cell?.formula) return;
            formulas++;
            const text = cell.formula;
            expect(readOrRefusal(() => parseFormulaAt(text, row, col))).toStrictEqual(
              readOrRefusal(() => parseFormula(text)),
            );
          }),
        );
    });
    expect(formulas).toBeGreaterThan(0);
  });

  it('moves relative references and keeps absolute ones, across sheets', () => {
    withTokensShared(() => {
      parseFormulaAt('IF(K8="Ya",1,0)*$H$8+SUM(\'Ctt Eval\'!B8:C9)', 7, 11);
      const moved = parseFormulaAt('IF(K40="Ya",1,0)*$H$8+SUM(\'Ctt Eval\'!B40:C41)', 39, 11);
      expect(moved).toStrictEqual(parseFormula('IF(K40="Ya",1,0)*$H$8+SUM(\'Ctt Eval\'!B40:C41)'));
      const wholeColumn = parseFormulaAt('SUM(A:A)+K9', 8, 11);
      expect(wholeColumn).toStrictEqual(parseFormula('SUM(A:A)+K9'));
      expect(parseFormulaAt('SUM(A:A)+K12', 11, 11)).toStrictEqual(parseFormula('SUM(A:A)+K12'));
    });
  });
});
