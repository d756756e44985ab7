import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindOf } from '../../shared/answers/kinds';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { AnswerType, AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { Template } from '../../shared/template/template-schema';
import { builtinTemplate } from '../../shared/builtin-templates';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { pick, seeded } from '../fixtures/workbooks/random';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';

export { REAL_WORKBOOK };

/** A fresh folder for one test file's documents and exports. */
export const exportFolder = (): string => mkdtempSync(join(tmpdir(), 'rbw-export-'));

/**
 * A document imported from the real filled LKE ZI 2021 workbook, as `rbw import` makes it: the derived
 * template, the records and the workbook with its layout. The import's engine is kept for the workbook's
 * own totals.
 */
export async function realDocument(
  folder: string,
  name = 'real.rbw',
): Promise<{ session: DocumentSession; imported: ImportedWorkbook }> {
  const imported = await importWorkbook(REAL_WORKBOOK);
  const path = join(folder, name);
  await createDocument(path, {
    template: imported.template,
    records: imported.records,
    sourceWorkbook: { fileName: 'lke-zi-2021-filled.xlsx', bytes: imported.xlsx, layout: imported.layout },
    author: 'tester',
  });
  return { session: await DocumentSession.open(path), imported };
}

/** A document of a built-in template holding the given records. */
export async function builtinDocument(
  folder: string,
  name: string,
  templateId: string,
  records: Record<string, Partial<AnswerRecord>>,
  metadata: { agency?: string; year?: number } = {},
): Promise<DocumentSession> {
  const path = join(folder, name);
  await createDocument(path, {
    template: builtinTemplate(templateId) as Template,
    records,
    metadata,
    author: 'tester',
  });
  return DocumentSession.open(path);
}

/** The fields the round trip compares, as a record of an item holds them. */
export const compared = (record: AnswerRecord | undefined) => {
  const r = record ?? EMPTY_RECORD;
  return {
    answer: r.answer,
    note: r.note,
    evidence: r.evidence,
    reviewerAnswer: r.reviewerAnswer,
    reviewerNote: r.reviewerNote,
  };
};

export interface SheetProperties {
  state: string;
  protected: boolean;
  passwordHash: string | null;
  freeze: string | null;
  printTitleRows: string | null;
  printArea: string | null;
  page: Record<string, unknown>;
  merged: string[];
  widths: Record<string, number>;
  hiddenColumns: string[];
  validated: Record<string, [string, string | null, string | null]>;
  links: Record<string, string>;
  styles: Record<string, Record<string, unknown>>;
  formulas: Record<string, string>;
  results: Record<string, unknown>;
  maxRow: number;
}

export interface WorkbookProperties {
  sheets: string[];
  properties: Record<string, SheetProperties>;
}

/** What openpyxl (Debian's python3) reads of each file: it also proves that openpyxl opens them. */
export function workbookProperties(
  files: string[],
  cells: Record<string, string[]> = {},
): Record<string, WorkbookProperties> {
  const output = execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'workbook_properties.py')], {
    input: JSON.stringify({ files, cells }),
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8')) as Record<string, WorkbookProperties>;
}

/** A plausible answer of a type: an option, a count up to 20, a value on the scale with two decimals. */
export function randomAnswer(type: AnswerType, random: () => number): AnswerValue {
  switch (type.kind) {
    case 'choice':
      return pick(random, type.options).key;
    case 'count':
      return Math.floor(random() * 21);
    case 'number':
      return Math.round((type.min + random() * (type.max - type.min)) * 100) / 100;
    default:
      return kindOf(type).trialAnswer(type, random);
  }
}

/** Unit and reviewer answers for every answerable item of a template, from a seed. */
export function randomRecords(index: TemplateIndex, seed: number): Record<string, Partial<AnswerRecord>> {
  const random = seeded(seed);
  return Object.fromEntries(
    index.answerableOrder.map((a) => [
      a.id,
      { answer: randomAnswer(a.type, random), reviewerAnswer: randomAnswer(a.type, random) },
    ]),
  );
}
