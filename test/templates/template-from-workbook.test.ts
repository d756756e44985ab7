import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocuments } from '../../service/documents/open-documents';
import { setFields } from '../../service/documents/edit-records';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import type { AnswerValue } from '../../shared/template/answer-type';
import { indexTemplate } from '../../shared/template/template-index';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { Template } from '../../shared/template/template-schema';
import { cellName } from '../../shared/workbook/read/cell-address';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { pick, seeded } from '../fixtures/workbooks/random';
import { referenceDir } from '../fixtures/workbooks/reference-models';

/**
 * The contract of issue 26 for every real workbook of the reference material: `rbw template from` it,
 * `rbw new --template` a document, random valid answers, `rbw export`, and LibreOffice's recalculation
 * of the exported workbook (read by openpyxl) equals `rbw score` of the document.
 */
const run = promisify(execFile);
const RBW = join(import.meta.dirname, '..', '..', 'bin', 'rbw.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'rbw-templates-'));
const env = { ...process.env, RBW_DATA_DIR: join(workDir, 'data'), RBW_FROM_SOURCE: '1', RBW_LANG: 'id' };
const rbw = async (...args: string[]) =>
  (await run(process.execPath, [RBW, ...args], { env, cwd: workDir, timeout: 300_000 })).stdout;

const WORKBOOKS = {
  'zi-filled': 'lke-zi-2021-filled.xlsx',
  'rb-bps': 'lke-rb-2015-bps.xlsx',
  'pmprb-kemenkumham': 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx',
  'zi-kesdm': 'lke-zi-2021-kesdm-export-template-blank.xlsx',
};
// One seed per workbook: each case builds a template and a document through whole `rbw` processes and a LibreOffice
// recalculation (minutes on two cores); the built-in models test covers several seeds.
const SEEDS = [1];

/** Valid answers for every question and input; reported counts never exceed what was due. */
function randomAnswers(index: TemplateIndex, seed: number): Map<string, AnswerValue> {
  const random = seeded(seed * 15485863);
  const answers = new Map<string, AnswerValue>();
  for (const a of index.answerableOrder) {
    const type = a.type;
    if (type.kind === 'choice') answers.set(a.id, pick(random, type.options).key);
    else if (type.kind === 'number')
      answers.set(a.id, Math.round((type.min + random() * (type.max - type.min)) * 100) / 100);
    else answers.set(a.id, 1 + Math.floor(random() * 20));
  }
  for (const indicator of index.indicatorOrder) {
    const derive = indicator.derive;
    if (!derive) continue;
    const due = derive.denominator.reduce((n, id) => n + Number(answers.get(id) ?? 0), 0);
    const done = Math.floor(random() * (due + 1));
    derive.numerator.forEach((id, i) => answers.set(id, i === 0 ? done : 0));
    derive.subtract.forEach((id) => answers.set(id, Math.floor(random() * (done + 1))));
  }
  return answers;
}

interface Case {
  name: string;
  exported: string;
  score: number;
}
const cases: Case[] = [];
let recalculated: string[] = [];

beforeAll(async () => {
  mkdirSync(join(workDir, 'out'));
  for (const [id, file] of Object.entries(WORKBOOKS)) {
    await rbw('template', 'from', join(referenceDir, 'workbooks', file), '--id', id, '--name', `Model ${id}`);
    for (const seed of SEEDS) {
      const doc = join(workDir, `${id}-${seed}.rbw`);
      await rbw('new', '--template', id, '--out', doc);
      const open = await openDocuments.open(doc);
      const template: Template = open.session.template;
      const answers = randomAnswers(indexTemplate(template), seed);
      await open.edit((session) =>
        setFields(
          session,
          [...answers].map(([itemId, value]) => ({ itemId, field: 'answer' as const, value })),
          'tester',
        ),
      );
      openDocuments.close(open.id);
      const exported = join(workDir, `${id}-${seed}.xlsx`);
      await rbw('export', doc, '--out', exported);
      const score = JSON.parse(await rbw('score', doc, '--json')) as { total: number; exact?: number };
      cases.push({ name: `${id}-${seed}`, exported, score: score.exact ?? score.total });
    }
  }
  recalculated = await recalculate(
    cases.map((c) => c.exported),
    join(workDir, 'out'),
  );
}, 1_500_000);

afterAll(() => openDocuments.closeAll());

describe('a template from each real workbook: new document, random answers, export', () => {
  it('lists every template made, with id, title and questions', async () => {
    const listed = JSON.parse(await rbw('templates', '--json')) as { id: string; questions: number }[];
    for (const id of Object.keys(WORKBOOKS)) {
      expect(listed.find((t) => t.id === id)?.questions, id).toBeGreaterThan(100);
    }
    expect(listed.find((t) => t.id === 'rb-2014')?.questions).toBe(151);
  });

  it.each(Object.keys(WORKBOOKS).flatMap((id) => SEEDS.map((seed) => `${id}-${seed}`)))(
    '%s: LibreOffice recalculates the export to rbw score (1e-4)',
    async (name) => {
      const index = cases.findIndex((c) => c.name === name);
      const file = recalculated[index] as string;
      // Where the total stands: the layout kept in the template file (a centre + units workbook: the
      // centre sheet's own total, the document holding that sheet's answers), else read from the export;
      // what it is, LibreOffice computed and openpyxl reads.
      const saved = JSON.parse(
        readFileSync(join(workDir, 'data', 'templates', `${name.replace(/-\d+$/, '')}.rbwt`), 'utf8'),
      ) as { workbook?: { layout: WorkbookLayout } };
      let layout = saved.workbook?.layout;
      if (!layout) {
        const located = await importWorkbook(file, { compareRules: false });
        layout = located.layout;
        located.engine.destroy();
      }
      const total = layout.total;
      expect(total, 'the export has a total cell').toBeDefined();
      const sheet = total?.sheet ?? layout.sheet;
      const cell = cellName(total?.row ?? 0, total?.col ?? 0);
      const value = readCells([{ file, sheet, cells: [cell] }])[file]?.[cell];
      expect(typeof value, `${sheet}!${cell} = ${JSON.stringify(value)}`).toBe('number');
      expect(Math.abs((value as number) - (cases[index] as Case).score)).toBeLessThan(1e-4);
    },
  );
});
