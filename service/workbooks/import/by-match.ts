import { indexTemplate } from '../../../shared/template/template-index';
import type { Finding } from '../../../shared/workbook/findings/finding';
import { sortFindings } from '../../../shared/workbook/findings/finding';
import type { FoundHeader } from '../../../shared/workbook/read/find-header';
import type { BuiltinMatch } from '../../../shared/workbook/derive-template/match-builtin';
import type { QuestionMatch } from '../../../shared/workbook/derive-template/match-questions';
import type { LkeRow } from '../../../shared/workbook/read/read-rows';
import type { ColumnMap, WorkbookLayout } from '../../../shared/workbook/read/layout';
import { readRecords } from '../../../shared/workbook/read/read-records';
import type { ReadWorkbook } from '../read-workbook';
import { WorkbookEngine } from '../workbook-engine';
import { answersOf, standardTotal } from './answers';
import type { ImportedWorkbook } from '../imported-workbook';

/**
 * An upload sheet without weights or formulas, read with the built-in template whose cell map it
 * follows: records from the mapped rows, the standard total; the workbook itself computes nothing.
 */
export function importByCellMap(
  read: ReadWorkbook,
  header: FoundHeader,
  columns: ColumnMap,
  match: BuiltinMatch,
  notes: Finding[] = [],
): ImportedWorkbook {
  const { file, data } = read;
  const { sheet } = header;
  const layout: WorkbookLayout = {
    sheet: sheet.name,
    headerRows: { first: header.first, last: header.last },
    columns,
    rows: match.rows,
  };
  const index = indexTemplate(match.template);
  const found = readRecords(sheet, columns, index, match.rows);
  const note: Finding = notes.length
    ? (notes[0] as Finding)
    : {
        code: 'finding.noFormulas',
        severity: 'info',
        params: { template: match.template.id },
        where: { file, sheet: sheet.name },
      };
  const answers = answersOf(found.records);
  const reviewers = (found.reviewers ?? []).map((reviewer) => {
    const given = answersOf(reviewer.records);
    return {
      label: reviewer.label,
      records: reviewer.records,
      workbookTotal: null,
      standardTotal: standardTotal(index, given),
      answered: given.size,
    };
  });
  return {
    file,
    ...(read.convertedFrom ? { convertedFrom: read.convertedFrom } : {}),
    template: match.template,
    records: found.records,
    ...(reviewers.length ? { reviewers } : {}),
    findings: sortFindings([...found.findings, note, ...notes.slice(1)]).map((f) => ({
      ...f,
      where: { file, ...f.where },
    })),
    totals: { workbook: null, cached: null, standard: standardTotal(index, answers) },
    layout,
    xlsx: read.xlsx,
    engine: WorkbookEngine.build(data, layout),
  };
}

/**
 * A workbook that computes no scores of its own (an application's export template): its questions
 * matched with a built-in template's, scored by that template's rule.
 */
export function importByMatch(
  read: ReadWorkbook,
  header: FoundHeader,
  columns: ColumnMap,
  match: QuestionMatch,
): ImportedWorkbook {
  const { sheet } = header;
  const notes: Finding[] = [
    {
      code: 'finding.matchedTemplate',
      severity: 'info',
      params: { template: match.template.title, matched: match.matched, questions: match.answerables },
      where: { sheet: sheet.name },
    },
  ];
  if (match.unmatched.length)
    notes.push({
      code: 'finding.unmatchedRows',
      severity: 'warning',
      params: {
        count: match.unmatched.length,
        template: match.template.id,
        rows: match.unmatched
          .slice(0, 8)
          .map((r) => `${r.row + 1} "${r.title.slice(0, 40)}"`)
          .join('; ')
          .concat(match.unmatched.length > 8 ? '; …' : ''),
      },
      where: { sheet: sheet.name, row: (match.unmatched[0] as LkeRow).row + 1 },
    });
  return importByCellMap(read, header, columns, { template: match.template, rows: match.rows }, notes);
}
