/**
 * Extracts the answers, notes and evidence of the real filled ZI workbook
 * (../shared/reference/workbooks/lke-zi-2021-filled.xlsx) into an answers file for the built-in
 * `zi-2021` template, using the workbook row each template node records (refs.lkeRow).
 * Run with `npm run generate:fixtures`; a test checks that the committed file equals a fresh run.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswersFile } from '../shared/answers/answers-file';
import { builtinTemplate } from '../shared/builtin-templates';
import { indexTemplate } from '../shared/template/template-index';
import { REAL_WORKBOOK, repoRoot } from './templates/reference';

export const FILLED_WORKBOOK = REAL_WORKBOOK;
export const EXAMPLE_ANSWERS = join(repoRoot, 'examples', 'lke-zi-2021-filled.answers.json');

type Entry = { answer?: string | number; note?: string; evidence?: { text?: string; url?: string }[] };

function cellText(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value)
    return value.result === undefined ? undefined : String(value.result);
  return String(value);
}

function cellLink(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value && typeof value === 'object' && 'hyperlink' in value) return value.hyperlink;
  const text = cellText(cell)?.trim();
  return text && /^https?:\/\//.test(text) ? text : undefined;
}

export async function extractWorkbookAnswers(): Promise<AnswersFile> {
  const template = builtinTemplate('zi-2021');
  if (!template) throw new Error('zi-2021 is missing');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(FILLED_WORKBOOK);
  const sheet = workbook.getWorksheet('LKE ZI');
  if (!sheet) throw new Error('sheet LKE ZI is missing');
  const answers: Record<string, Entry> = {};
  for (const answerable of indexTemplate(template).answerableOrder) {
    const node = answerable.kind === 'input' ? answerable.input : answerable.indicator;
    const row = node.refs?.lkeRow;
    if (typeof row !== 'number') continue;
    const raw = sheet.getCell(`K${row}`).value;
    const entry: Entry = {};
    if (typeof raw === 'number') entry.answer = raw;
    else if (cellText(sheet.getCell(`K${row}`))?.trim())
      entry.answer = (cellText(sheet.getCell(`K${row}`)) as string).trim();
    const note = cellText(sheet.getCell(`O${row}`))?.trim();
    if (note) entry.note = note;
    const evidenceText = cellText(sheet.getCell(`P${row}`))?.trim();
    const url = cellLink(sheet.getCell(`Q${row}`));
    if (evidenceText || url)
      entry.evidence = [{ ...(evidenceText ? { text: evidenceText } : {}), ...(url ? { url } : {}) }];
    if (Object.keys(entry).length) answers[answerable.id] = entry;
  }
  return {
    format: 'rbw-answers',
    template: 'zi-2021',
    title: 'LKE ZI 2021 — contoh nyata (lke-zi-2021-filled.xlsx)',
    answers,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = await extractWorkbookAnswers();
  writeFileSync(EXAMPLE_ANSWERS, JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote ${EXAMPLE_ANSWERS} (${Object.keys(file.answers).length} entries)`);
}
