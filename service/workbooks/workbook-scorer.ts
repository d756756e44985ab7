import type { GroupScore, IndicatorScore, NodeScore } from '../../shared/scoring/scorer';
import { Scorer } from '../../shared/scoring/scorer';
import type { AnswerValue } from '../../shared/template/answer-type';
import { bestAnswer } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { numberOf } from '../../shared/workbook/read/cell-result';
import type { WorkbookEngine } from './workbook-engine';

/**
 * The scores as the workbook's own formulas give them, behind the Scorer's interface, so that the
 * summary, the Menuju WBK / WBBM checks and "where to gain points" read the workbook rule the same way
 * they read the standard one. Answer counts and shares come from the standard scorer (same answers);
 * every value comes from the workbook's value cells, and "what if" totals from the engine.
 */
export class WorkbookScorer extends Scorer {
  constructor(
    index: TemplateIndex,
    private readonly engine: WorkbookEngine,
    answers: Iterable<readonly [string, AnswerValue]>,
  ) {
    super(index);
    this.setAnswers(answers);
  }

  override total(): number {
    return this.group(this.template.root.id).value;
  }

  override group(id: string): GroupScore {
    const standard = super.group(id);
    // The root is the answer sheet's own total: the tree, the grid and the components add up to it (a
    // summary sheet's headline over several answer sheets is shown beside it, not as it).
    const shown = id === this.template.root.id ? this.engine.sheetTotal() : this.engine.nodeValue(id);
    // "Empty" keeps the standard meaning (no answered row): an error above an empty sub-area is its echo.
    return { ...standard, value: numberOf(shown) ?? 0 };
  }

  override indicator(id: string): IndicatorScore {
    const standard = super.indicator(id);
    const value = numberOf(this.engine.nodeValue(id));
    const indicator = this.index.indicators.get(id);
    const scale = indicator?.weight ?? 1;
    return {
      ...standard,
      value,
      share: value === null ? null : scale === 0 ? 0 : value / scale,
      answered: value !== null,
    };
  }

  override node(id: string): NodeScore | undefined {
    if (this.index.groups.has(id) || id === this.template.root.id) return this.group(id);
    return this.index.indicators.has(id) ? this.indicator(id) : undefined;
  }

  /**
   * The workbook's total if an indicator reached its best answer (`share` 1): the best option is written
   * into its answer cell (for a derived `%` row, 1 into its computed cell), the total read, and the cell
   * put back. Other shares fall back to the standard rule.
   */
  override totalIf(indicatorId: string, share: number): number {
    const row = this.engine.layout.rows[indicatorId];
    const indicator = this.index.indicators.get(indicatorId);
    const type = indicator ? this.index.answerTypes.get(indicator.answerType) : undefined;
    if (share !== 1 || row === undefined || !indicator || !type) return super.totalIf(indicatorId, share);
    const col = this.engine.layout.columns.unit.answer;
    const best = indicator.derive ? 1 : bestAnswer(type);
    if (best === null) return this.total();
    const formula = this.engine.formulaAt(row, col);
    const before = formula === undefined ? this.engine.read(row, col) : null;
    this.engine.write(row, col, best);
    const total = numberOf(this.engine.sheetTotal()) ?? this.total();
    if (formula === undefined) this.engine.write(row, col, before);
    else this.engine.writeFormula(row, col, formula);
    return total;
  }
}
