import type { AnswerRecord } from '../../../shared/records/answer-record';
import { ProblemError } from '../../../shared/problem';
import type { TemplateIndex } from '../../../shared/template/template-index';
import { indexTemplate } from '../../../shared/template/template-index';
import { assembleTemplate } from '../../../shared/workbook/derive-template/assemble-template';
import { breakdownFindings } from '../../../shared/workbook/findings/breakdown-findings';
import { buildTemplate } from '../../../shared/workbook/derive-template/build-template';
import { numberOf } from '../../../shared/workbook/read/cell-result';
import { deriveAnswerTypes } from '../../../shared/workbook/derive-template/derive-answer-types';
import type { Finding } from '../../../shared/workbook/findings/finding';
import { sortFindings } from '../../../shared/workbook/findings/finding';
import type { WorkbookLayout } from '../../../shared/workbook/read/layout';
import type { PlannedGroup } from '../../../shared/workbook/derive-template/plan-template';
import { readRecords } from '../../../shared/workbook/read/read-records';
import type { SheetData } from '../../../shared/workbook/read/sheet-data';
import { cellAt, textAt } from '../../../shared/workbook/read/sheet-data';
import { FormulaGraph } from '../../../shared/workbook/graph/formula-graph';
import type { CellPlace } from '../../../shared/workbook/read/layout';
import { compareRules } from '../compare-rules';
import { engineDifferences, engineFindings } from '../engine-findings';
import { totalChecks } from '../total-checks';
import { flatten, probeRows } from '../probe-rows';
import type { ReadWorkbook } from '../read-workbook';
import { WorkbookEngine } from '../workbook-engine';
import { answersOf, errorOf, standardTotal } from './answers';
import { answerSetsOf } from './answer-sets';
import { agencyOnSheet } from '../../../shared/workbook/read/agency-label';
import type { ImportedWorkbook, ImportOptions, PriorYear, ReviewerSet } from '../imported-workbook';

/** What every import does once it knows the layout: probe, derive the template, read the answers. */
export function finishImport(
  read: ReadWorkbook,
  sheet: SheetData,
  plan: PlannedGroup,
  layout: WorkbookLayout,
  titleRow: number,
  options: ImportOptions,
  extraFindings: Finding[] | ((engine: WorkbookEngine) => Finding[]),
  graph?: FormulaGraph,
): ImportedWorkbook {
  const { file, data } = read;
  const { columns } = layout;
  const engine = WorkbookEngine.build(data, layout);
  try {
    const differences = engineDifferences(engine, sheet);
    const valueCol = columns.unit.value;
    const sheetIndex = read.data.sheets.indexOf(sheet);
    const probes = probeRows(engine, plan, sheet, columns, (row) =>
      graph && valueCol !== undefined
        ? graph.sameScoringKey(sheetIndex, row, valueCol, columns.unit.answer)
        : null,
    );
    const types = deriveAnswerTypes(flatten(plan), probes);
    const built = buildTemplate(plan, sheet, columns, types, probes);
    const assembled = assembleTemplate(built, {
      file,
      sheet: sheet.name,
      titleText: titleText(sheet, titleRow),
      ...(columns.unit.year !== undefined ? { year: columns.unit.year } : {}),
    });
    if (!assembled.ok)
      throw new ProblemError(assembled.problems.map((p) => ({ ...p, where: { file, sheet: sheet.name } })));
    const template = assembled.value;
    const index = indexTemplate(template);
    const found = readRecords(sheet, columns, index, built.rows);
    const answers = answersOf(found.records);
    const findings = [
      ...(typeof extraFindings === 'function' ? extraFindings(engine) : extraFindings),
      ...built.findings,
      ...found.findings,
      ...breakdownFindings(flatten(plan), sheet, columns),
    ];
    if (options.compareRules !== false)
      findings.push(
        ...compareRules(engine, index, sheet, answers, findings, options.measureEffects !== false),
      );
    findings.push(...engineFindings(engine, index, sheet), ...totalChecks(engine, index, sheet.name));
    findings.push(...differences);
    const workbookTotal = engine.total();
    const agency = agencyOnSheet(sheet, titleRow);
    const finalLayout = { ...layout, rows: built.rows };
    const sets = answerSetsOf(read, engine, index, finalLayout, sheet);
    return {
      file,
      ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
      ...(agency ? { agency } : {}),
      template,
      records: found.records,
      ...(found.prior && columns.prior
        ? { priorYear: priorYear(engine, index, found.prior, columns.prior) }
        : {}),
      ...(sets.length ? { answerSets: sets } : {}),
      ...(found.reviewers?.length
        ? { reviewers: reviewersOf(engine, index, found.reviewers, finalLayout) }
        : {}),
      findings: sortFindings(findings).map((f) => ({ ...f, where: { file, ...f.where } })),
      totals: {
        workbook: numberOf(workbookTotal),
        ...(errorOf(workbookTotal) ? { workbookError: errorOf(workbookTotal) } : {}),
        cached: layout.total ? cachedAt(data, sheet, layout.total) : null,
        standard: standardTotal(index, answers),
      },
      layout: finalLayout,
      xlsx: read.xlsx,
      engine,
    };
  } catch (error) {
    engine.destroy();
    throw error;
  }
}

/** The total Excel saved in the file for a cell of any sheet. */
function cachedAt(data: ReadWorkbook['data'], sheet: SheetData, place: CellPlace): number | null {
  const on = place.sheet === undefined ? sheet : data.sheets.find((s) => s.name === place.sheet);
  return on ? numberOf(cellAt(on, place.row, place.col)?.value ?? null) : null;
}

/** Every reviewer block: its answers and its totals by both rules. */
function reviewersOf(
  engine: WorkbookEngine,
  index: TemplateIndex,
  found: { label: string; records: Record<string, AnswerRecord> }[],
  layout: WorkbookLayout,
): ReviewerSet[] {
  return found.map((reviewer, i) => {
    const answers = answersOf(reviewer.records);
    const total = layout.reviewerTotals?.[i];
    return {
      label: reviewer.label,
      records: reviewer.records,
      workbookTotal: total ? numberOf(engine.readCell(total)) : null,
      standardTotal: standardTotal(index, answers),
      answered: answers.size,
    };
  });
}

function priorYear(
  engine: WorkbookEngine,
  index: TemplateIndex,
  records: Record<string, AnswerRecord>,
  block: WorkbookLayout['columns']['unit'],
): PriorYear {
  return {
    label: block.label,
    ...(block.year !== undefined ? { year: block.year } : {}),
    records,
    workbookTotal: numberOf(engine.priorTotal()),
    standardTotal: standardTotal(index, answersOf(records)),
  };
}

/** The sheet name and the text above the header: where the model and the year are written. */
function titleText(sheet: SheetData, headerRow: number): string {
  const parts = [sheet.name];
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < (sheet.rows[row]?.length ?? 0); col++) parts.push(textAt(sheet, row, col));
  }
  return parts.join(' ');
}
