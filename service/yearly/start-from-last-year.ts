import type { DocumentMetadata } from '../../shared/records/document-metadata';
import type { Template } from '../../shared/template/template-schema';
import { indexTemplate } from '../../shared/template/template-index';
import { carryRecords } from '../../shared/yearly/carry-records';
import type { LastYear } from '../../shared/yearly/last-year';
import { mapGroups } from '../../shared/yearly/map-groups';
import type { QuestionMatch } from '../../shared/yearly/map-questions';
import { mapQuestions } from '../../shared/yearly/map-questions';
import type { Recommendation } from '../../shared/yearly/recommendation';
import { renamesBetween } from '../../shared/yearly/renames';
import type { StartReport } from '../../shared/yearly/start-report';
import { resolveAuthor } from '../documents/author';
import { createDocument } from '../documents/create-document';
import type { LastYearSource } from './read-last-year';
import { readLastYear } from './read-last-year';

/**
 * Makes a new document at `path` from `template`, started from last year's document or workbook:
 * every question of last year's mapped onto this year's (see mapQuestions), last year's answers, notes,
 * evidence and pokja as the first draft ("dari tahun lalu" until confirmed or changed), last year's
 * answers, values and totals kept beside this year's, and last year's reviewer notes as proposed
 * recommendations. One transaction: on any problem nothing is left behind.
 */
export async function startFromLastYear(
  path: string,
  options: {
    template: Template;
    lastYearPath: string;
    metadata?: Partial<DocumentMetadata> | undefined;
    author?: string | undefined;
  },
): Promise<StartReport> {
  const last = await readLastYear(options.lastYearPath);
  const current = indexTemplate(options.template);
  const renames = renamesBetween(last.family, options.template.id);
  const mapping = mapQuestions(last.index, current, { renames });
  const carried = carryRecords(mapping.matches, last.records, current);
  const lastYear = describeLastYear(
    last,
    mapping.matches,
    mapping.unmatched,
    mapGroups(last.index, current, renames),
  );
  const author = resolveAuthor(options.author);
  const metadata: Partial<DocumentMetadata> = {
    ...(last.agency ? { agency: last.agency } : {}),
    ...(last.unitName ? { unit: last.unitName } : {}),
    ...(last.year !== null ? { year: last.year + 1 } : {}),
    ...options.metadata,
  };
  const proposals = proposedRecommendations(last, mapping.matches);
  await createDocument(path, {
    template: options.template,
    metadata,
    records: carried.records,
    author,
    alsoWrite: (db, at) => {
      const tables = db.yearly;
      tables.writeLastYear({ ...lastYear, source: { ...lastYear.source, readAt: at } });
      for (const [itemId, record] of carried.records) tables.writeCarried(itemId, record);
      for (const p of proposals)
        tables.addRecommendation({ ...p, createdAt: at, createdBy: author, updatedAt: at });
    },
  });
  const answerables = [...current.answerables.keys()];
  const fuzzy = mapping.matches.filter((m) => m.how === 'fuzzy');
  return {
    lastYear: { file: last.file, label: lastYear.label, total: lastYear.total, rule: lastYear.rule },
    answerables: answerables.length,
    carriedAnswers: answerables.filter((id) => (carried.records.get(id)?.answer ?? null) !== null).length,
    mapped: answerables.filter((id) => lastYear.items[id]).length,
    matchesByKind: {
      table: mapping.matches.filter((m) => m.how === 'table').length,
      code: mapping.matches.filter((m) => m.how === 'code').length,
      text: mapping.matches.filter((m) => m.how === 'text').length,
      fuzzy: fuzzy.length,
    },
    renamed: mapping.matches
      .filter((m) => m.how === 'table')
      .map((m) => ({ from: m.from, to: m.to, title: titleOf(current, m.to) })),
    fuzzy: fuzzy.map((m) => ({
      from: m.from,
      to: m.to,
      title: titleOf(current, m.to),
      lastTitle: titleOf(last.index, m.from),
      confidence: m.confidence,
    })),
    unmatched: lastYear.unmatched,
    notCarried: answerables
      .filter((id) => (carried.records.get(id)?.answer ?? null) === null)
      .map((id) => ({ code: id, title: titleOf(current, id) })),
    dropped: carried.dropped,
    filesLeft: carried.filesLeft,
    proposedRecommendations: proposals.length,
  };
}

function titleOf(index: ReturnType<typeof indexTemplate>, id: string): string {
  const answerable = index.answerables.get(id);
  if (answerable?.kind === 'input') return `${answerable.indicator.title} › ${answerable.input.title}`;
  return index.indicators.get(id)?.title ?? '';
}

function describeLastYear(
  last: LastYearSource,
  matches: readonly QuestionMatch[],
  unmatched: ReturnType<typeof mapQuestions>['unmatched'],
  groups: Map<string, string>,
): LastYear {
  const value = new Map(last.unit.nodes.map((n) => [n.id, n.value]));
  const reviewerValue = new Map((last.reviewer?.nodes ?? []).map((n) => [n.id, n.value]));
  const items: LastYear['items'] = {};
  for (const m of matches) {
    const record = last.records.get(m.from);
    const isInput = last.index.answerables.get(m.from)?.kind === 'input';
    items[m.to] = {
      from: m.from,
      how: m.how,
      confidence: m.confidence,
      answer: record?.answer ?? null,
      value: isInput ? null : (value.get(m.from) ?? null),
      note: record?.note ?? null,
      reviewerAnswer: record?.reviewerAnswer ?? null,
      reviewerValue: isInput ? null : (reviewerValue.get(m.from) ?? null),
      reviewerNote: record?.reviewerNote ?? null,
    };
  }
  const nodes: LastYear['nodes'] = {};
  for (const [from, to] of groups)
    nodes[to] = { value: value.get(from) ?? null, reviewerValue: reviewerValue.get(from) ?? null };
  return {
    source: {
      file: last.file,
      path: last.path,
      readAt: '',
      kind: last.kind,
      templateTitle: last.index.template.title,
    },
    year: last.year,
    label: last.year === null ? last.file : String(last.year),
    rule: last.rule,
    total: last.unit.total,
    max: last.unit.max,
    category: last.unit.category,
    reviewerTotal: last.reviewer?.total ?? null,
    items,
    nodes,
    unmatched: unmatched.map((u) => ({ ...u, answer: last.records.get(u.from)?.answer ?? null })),
  };
}

type Proposal = Omit<Recommendation, 'id' | 'createdAt' | 'createdBy' | 'updatedAt'>;

/**
 * Last year's reviewer notes, each a proposed recommendation on this year's question (on the whole
 * document, naming last year's code, when the question found no place), and last year's own follow-up
 * list where it was not done.
 */
function proposedRecommendations(last: LastYearSource, matches: readonly QuestionMatch[]): Proposal[] {
  const to = new Map(matches.map((m) => [m.from, m.to]));
  const proposals: Proposal[] = [];
  const base = { proposed: true, dueMonth: null, status: 'belum' as const, evidence: null };
  for (const [id, record] of last.records) {
    const note = record.reviewerNote?.trim();
    if (!note) continue;
    const target = to.get(id) ?? null;
    proposals.push({
      ...base,
      targetId: target,
      text: target === null ? `${id}: ${note}` : note,
      source: 'reviewer-note',
      pokja: record.pokja,
    });
  }
  for (const r of last.recommendations) {
    if (r.status === 'selesai') continue;
    const target = r.targetId === null ? null : (to.get(r.targetId) ?? null);
    proposals.push({ ...base, targetId: target, text: r.text, source: 'last-year', pokja: r.pokja });
  }
  return proposals;
}
