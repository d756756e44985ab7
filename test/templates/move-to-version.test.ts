import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Indicator, Template } from '../../shared/template/template-schema';

/**
 * A document moved from version 1 to version 2 of a template of ours: in version 2 a question is renamed
 * (same code, reworded), one moved to another area (new code, same text), one removed and one added.
 * Every answer that has a place is kept (with its note), and the rest is listed.
 */
const run = promisify(execFile);
const RBW = join(import.meta.dirname, '..', '..', 'bin', 'rbw.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'rbw-template-move-'));
const env = { ...process.env, RBW_DATA_DIR: join(workDir, 'data'), RBW_FROM_SOURCE: '1', RBW_LANG: 'id' };
const rbw = async (...args: string[]) =>
  (await run(process.execPath, [RBW, ...args], { env, cwd: workDir, timeout: 120_000 })).stdout;

const question = (id: string, title: string, answerType: string): Indicator => ({
  kind: 'indicator',
  id,
  code: `${id.split('.').pop()}.`,
  title,
  answerType,
});

function version(v: string, a: Indicator[], b: Indicator[]): Template {
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: 'opd-contoh',
    version: v,
    title: 'Model OPD contoh',
    model: 'other',
    unanswered: 'skip',
    answerTypes: (builtinTemplate('zi-2021') as Template).answerTypes,
    root: {
      kind: 'group',
      id: 'ROOT',
      code: '',
      title: 'Total',
      level: 'root',
      weight: 100,
      aggregate: 'sum',
      children: [
        {
          kind: 'group',
          id: 'A',
          code: 'A.',
          title: 'Umum',
          level: 'component',
          weight: 60,
          aggregate: 'average',
          children: a,
        },
        {
          kind: 'group',
          id: 'B',
          code: 'B.',
          title: 'Tematik',
          level: 'component',
          weight: 40,
          aggregate: 'average',
          children: b,
        },
      ],
    },
  };
}

const v1 = version(
  '1',
  [
    question('A.a', 'Tim RB OPD telah dibentuk dengan SK kepala OPD', 'Ya/Tidak'),
    question('A.b', 'Rencana kerja RB OPD telah disusun', 'A/B/C'),
    question('A.c', 'Monitoring rencana kerja dilakukan tiap triwulan', 'A/B/C/D'),
  ],
  [
    question('B.a', 'Inovasi pelayanan telah diterapkan', 'A/B/C/D'),
    question('B.b', 'Survei kepuasan masyarakat dilakukan', 'Ya/Tidak'),
  ],
);
const v2 = version(
  '2',
  [
    // renamed in place
    question('A.a', 'Tim Reformasi Birokrasi OPD telah dibentuk dengan SK kepala OPD', 'Ya/Tidak'),
    // A.b removed; A.c stays
    question('A.c', 'Monitoring rencana kerja dilakukan tiap triwulan', 'A/B/C/D'),
    // moved from B.b
    question('A.d', 'Survei kepuasan masyarakat dilakukan', 'Ya/Tidak'),
  ],
  [
    question('B.a', 'Inovasi pelayanan telah diterapkan', 'A/B/C/D'),
    // added
    question('B.c', 'Standar pelayanan dipublikasikan', 'Ya/Tidak'),
  ],
);
const file = (template: Template) => ({ format: 'rbw-template-file', fileVersion: 1, template });

describe('moving a document to a new version of its template', () => {
  it('keeps every answer that has a place and lists what moved, was dropped and is new', async () => {
    writeFileSync(join(workDir, 'v1.rbwt'), JSON.stringify(file(v1)));
    writeFileSync(join(workDir, 'v2.rbwt'), JSON.stringify(file(v2)));
    await rbw('template', 'add', join(workDir, 'v1.rbwt'));
    const doc = join(workDir, 'opd.rbw');
    await rbw('new', '--template', 'opd-contoh', '--out', doc);
    await rbw('set', doc, 'A.a', 'Ya', '--note', 'SK 12/2026');
    await rbw('set', doc, 'A.b', 'B');
    await rbw('set', doc, 'A.c', 'C');
    await rbw('set', doc, 'B.a', 'A');
    await rbw('set', doc, 'B.b', 'Tidak');
    await rbw('template', 'add', join(workDir, 'v2.rbwt'));
    const out = join(workDir, 'opd-v2.rbw');
    const report = JSON.parse(await rbw('template', 'move', doc, '--out', out, '--json')) as {
      from: { version: string };
      to: { version: string };
      moved: { from: string; to: string }[];
      dropped: { from: string; answer: string }[];
      added: { id: string }[];
    };
    expect(report.from.version).toBe('1');
    expect(report.to.version).toBe('2');
    expect(report.moved.map((m) => [m.from, m.to])).toEqual([['B.b', 'A.d']]);
    expect(report.dropped.map((d) => [d.from, d.answer])).toEqual([['A.b', 'B']]);
    expect(report.added.map((a) => a.id)).toEqual(['B.c']);
    const shown = JSON.parse(await rbw('show', out, '--json')) as {
      code: string;
      answer: string | null;
      note: string | null;
    }[];
    const answerOf = (code: string) => shown.find((item) => item.code === code);
    expect(answerOf('A.a')).toMatchObject({ answer: 'Ya', note: 'SK 12/2026' });
    expect(answerOf('A.c')?.answer).toBe('C');
    expect(answerOf('A.d')?.answer).toBe('Tidak');
    expect(answerOf('B.a')?.answer).toBe('A');
    expect(answerOf('B.c')?.answer).toBeNull();
    // The new document records the version it was made from; the old one is untouched.
    const score = JSON.parse(await rbw('score', out, '--json')) as { templateId: string };
    expect(score.templateId).toBe('opd-contoh');
    const old = JSON.parse(await rbw('show', doc, '--json')) as { code: string; answer: string | null }[];
    expect(old.find((item) => item.code === 'A.b')?.answer).toBe('B');
  }, 300_000);
});
