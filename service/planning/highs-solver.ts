import type { BinaryProgram, LpSolver } from '../../shared/planning/plan-solver';

/**
 * HiGHS (MIT), the open-source MILP solver of the University of Edinburgh, compiled to WebAssembly
 * (`highs` on npm, pinned): a plan over the real ZI workbook is a 0–1 programme of some 150–500 binaries
 * and up to 40 bounds, which a pure-JavaScript branch and bound (yalps 0.6) did not finish in 7 s. The
 * model is passed as arrays (HiGHS's LP-text reader alone took a second). Loaded once, on first use.
 */
let loading: Promise<LpSolver> | undefined;

/** Seconds one programme may take; past that the plan is refused rather than given unproven. */
const TIME_LIMIT = 20;

export function lpSolver(): Promise<LpSolver> {
  loading ??= (async () => {
    const { default: load } = await import('highs');
    const highs = await load();
    const { modelStatus, variableType, objectiveSense } = highs.constants;
    return (program: BinaryProgram) => {
      const numCols = program.cost.length;
      // Compressed sparse columns: each column's rows and coefficients.
      const byColumn: [number, number][][] = Array.from({ length: numCols }, () => []);
      program.rows.forEach((row, r) => {
        for (const [column, coefficient] of row.terms) byColumn[column]?.push([r, coefficient]);
      });
      const starts: number[] = [0];
      const indices: number[] = [];
      const values: number[] = [];
      for (const entries of byColumn) {
        for (const [r, coefficient] of entries) {
          indices.push(r);
          values.push(coefficient);
        }
        starts.push(indices.length);
      }
      return highs.withModel(
        {
          numCols,
          numRows: program.rows.length,
          sense: program.sense === 'maximize' ? objectiveSense.maximize : objectiveSense.minimize,
          colCost: program.cost,
          colLower: program.cost.map(() => 0),
          colUpper: program.cost.map(() => 1),
          rowLower: program.rows.map((r) => r.lower),
          rowUpper: program.rows.map((r) => r.upper),
          matrix: { format: 'csc', numRows: program.rows.length, numCols, starts, indices, values },
          integrality: program.cost.map(() => variableType.integer),
        },
        (model) => {
          model.options.set({ output_flag: false, time_limit: TIME_LIMIT });
          model.run();
          const status = model.getModelStatus();
          if (status === modelStatus.infeasible) return { status: 'infeasible' as const, values: [] };
          if (status !== modelStatus.optimal) return { status: 'failed' as const, values: [] };
          return { status: 'optimal' as const, values: [...model.getSolution().colValue] };
        },
      );
    };
  })();
  return loading;
}
