import { basename } from 'node:path';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { recordIds } from '../../shared/records/diff-records';
import { builtinTemplates } from '../../shared/builtin-templates';
import { DocumentScores } from '../../shared/scoring/document-scores';
import type { Scorer } from '../../shared/scoring/scorer';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { summarize } from '../../shared/scoring/summarize';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import { normaliseQuestion } from '../../shared/yearly/question-text';
import type { Recommendation } from '../../shared/yearly/recommendation';
import { DocumentSession } from '../documents/document-session';
import type { WorkbookRule } from '../documents/workbook-rule';

/** Last year's LKE as read for starting this year's: its questions, records and scores. */
export interface LastYearSource {
  kind: 'document' | 'workbook';
  file: string;
  path: string;
  index: TemplateIndex;
  /** The built-in template last year's follows (its own, or the one an imported workbook resembles). */
  family: string;
  records: Map<string, AnswerRecord>;
  rule: 'workbook' | 'standard';
  /** The unit's scores as last year's document shows them (its workbook's own formulas when it has one). */
  unit: ScoreSummary;
  reviewer: ScoreSummary | null;
  year: number | null;
  /** Whose LKE it was (a document's metadata; null for a workbook). */
  agency: string | null;
  unitName: string | null;
  /** Last year's own follow-up list (a document started from the year before). */
  recommendations: Recommendation[];
}

/** Reads last year's document (.rbw) or official workbook; ProblemError naming the file when it cannot. */
export async function readLastYear(path: string): Promise<LastYearSource> {
  return path.toLowerCase().endsWith('.rbw') ? readDocument(path) : readWorkbook(path);
}

async function readDocument(path: string): Promise<LastYearSource> {
  // A session of its own: last year's document may be open in the window, and stays so.
  const session = await DocumentSession.open(path);
  let rule: WorkbookRule | null = null;
  try {
    // The workbook rule (exceljs, HyperFormula) is loaded only for a document imported from a workbook.
    if (session.store.read((db) => db.files.sourceWorkbookInfo()))
      rule = await (await import('../documents/workbook-rule')).WorkbookRule.open(session);
    if (rule) session.scores.leadWith(rule.scorer);
    const reviewer = session.scores.reviewer;
    return {
      kind: 'document',
      file: session.fileName,
      path,
      index: session.index,
      family: familyOf(session.index),
      records: session.records,
      rule: session.scores.rule,
      unit: summarize(session.scores.unit, { gains: 0 }),
      reviewer: answeredSummary(reviewer),
      year: session.metadata.year ?? session.template.year ?? null,
      agency: session.metadata.agency,
      unitName: session.metadata.unit,
      recommendations: session.store.read((db) => db.yearly.recommendations()),
    };
  } finally {
    rule?.destroy();
    session.close();
  }
}

async function readWorkbook(path: string): Promise<LastYearSource> {
  const { importWorkbook } = await import('../workbooks/import-workbook');
  const { WorkbookScorer } = await import('../workbooks/workbook-scorer');
  const imported = await importWorkbook(path, { compareRules: false });
  try {
    const index = indexTemplate(imported.template);
    const records = new Map(Object.entries(imported.records));
    const scores = new DocumentScores(index, records);
    const { layout } = imported.engine;
    if (layout.columns.unit.value !== undefined && layout.total !== undefined) {
      const held: [string, AnswerValue][] = [];
      for (const [id, r] of records)
        if (index.answerables.has(id) && r.answer !== null) held.push([id, r.answer]);
      scores.leadWith(new WorkbookScorer(index, imported.engine, held));
    }
    return {
      kind: 'workbook',
      file: basename(path),
      path,
      index,
      family: familyOf(index),
      records,
      rule: scores.rule,
      unit: summarize(scores.unit, { gains: 0 }),
      reviewer: answeredSummary(scores.reviewer),
      year: layout.columns.unit.year ?? imported.template.year ?? null,
      agency: null,
      unitName: null,
      recommendations: [],
    };
  } finally {
    imported.engine.destroy();
  }
}

/** The reviewer's scores, when the reviewer answered anything. */
function answeredSummary(scorer: Scorer): ScoreSummary | null {
  const summary = summarize(scorer, { gains: 0 });
  return summary.answered > 0 ? summary : null;
}

/**
 * The built-in template a template follows: itself when built in, else the built-in one holding nine
 * in ten of its items under the same code and title (a ZI 2021 workbook is `zi-2021`); else its own id.
 */
function familyOf(index: TemplateIndex): string {
  const own = index.template.id;
  const ids = recordIds(index);
  for (const builtin of builtinTemplates()) {
    if (builtin.id === own) return own;
    const other = indexTemplate(builtin);
    const same = ids.filter((id) => {
      const a = index.indicators.get(id)?.title ?? titleOfInput(index, id);
      const b = other.indicators.get(id)?.title ?? titleOfInput(other, id);
      return b !== undefined && a !== undefined && normaliseQuestion(a) === normaliseQuestion(b);
    }).length;
    if (ids.length > 0 && same >= 0.9 * ids.length) return builtin.id;
  }
  return own;
}

function titleOfInput(index: TemplateIndex, id: string): string | undefined {
  const answerable = index.answerables.get(id);
  return answerable?.kind === 'input' ? answerable.input.title : undefined;
}
