import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';

/**
 * `rbw template add` / `export` and what a damaged or hostile template file gets: one line naming the
 * field, exit code 1, and nothing added to the user's templates.
 */
const run = promisify(execFile);
const RBW = join(import.meta.dirname, '..', '..', 'bin', 'rbw.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'rbw-template-file-'));
const dataDir = join(workDir, 'data');
const env = { ...process.env, RBW_DATA_DIR: dataDir, RBW_FROM_SOURCE: '1', RBW_LANG: 'id' };

async function rbw(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [RBW, ...args], {
      env,
      cwd: workDir,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A small valid template of our own: two areas of two questions, weights 60 + 40. */
function small(id = 'kecil'): Template {
  const base = builtinTemplate('zi-2021') as Template;
  const q = (qid: string, type: string) => ({
    kind: 'indicator' as const,
    id: qid,
    code: '',
    title: qid,
    answerType: type,
  });
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id,
    version: '1',
    title: 'Model kecil',
    model: 'other',
    unanswered: 'skip',
    answerTypes: base.answerTypes,
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
          children: [q('A.a', 'Ya/Tidak'), q('A.b', 'A/B/C')],
        },
        {
          kind: 'group',
          id: 'B',
          code: 'B.',
          title: 'Tematik',
          level: 'component',
          weight: 40,
          aggregate: 'average',
          children: [q('B.a', 'A/B/C/D'), q('B.b', 'Ya/Tidak')],
        },
      ],
    },
  };
}

const envelope = (template: unknown) => ({ format: 'rbw-template-file', fileVersion: 1, template });

function write(name: string, content: unknown): string {
  const path = join(workDir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const userTemplates = () =>
  existsSync(join(dataDir, 'templates')) ? readdirSync(join(dataDir, 'templates')) : [];

describe('template files', () => {
  it('adds a template file, lists it, makes a document from it and exports it again', async () => {
    const added = await rbw('template', 'add', write('kecil.rbwt', envelope(small())));
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('kecil');
    const listed = JSON.parse((await rbw('templates', '--json')).stdout) as {
      id: string;
      questions: number;
    }[];
    expect(listed.find((t) => t.id === 'kecil')).toMatchObject({ title: 'Model kecil', questions: 4 });
    const made = await rbw('new', '--template', 'kecil', '--out', join(workDir, 'opd.rbw'));
    expect(made.code).toBe(0);
    await rbw('set', join(workDir, 'opd.rbw'), 'A.a', 'Ya');
    await rbw('set', join(workDir, 'opd.rbw'), 'B.a', 'B');
    const score = JSON.parse((await rbw('score', join(workDir, 'opd.rbw'), '--json')).stdout) as {
      total: number;
      templateId: string;
    };
    // A: Ya = 1 of the one answered → 60; B: B = 0,67 of 1 answered → 26,8.
    expect(score.templateId).toBe('kecil');
    expect(score.total).toBeCloseTo(60 + 0.67 * 40, 4);
    const out = join(workDir, 'kembali.rbwt');
    expect((await rbw('template', 'export', 'kecil', '--out', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 300_000);

  const weights = small('rusak');
  (weights.root.children[0] as { weight: unknown }).weight = 'enam puluh';
  const cycle = small('lingkaran');
  const [aa, ab] = (cycle.root.children[0] as { children: Record<string, unknown>[] }).children as Record<
    string,
    unknown
  >[];
  (aa as Record<string, unknown>).gate = { kind: 'multiply', source: 'A.b' };
  (ab as Record<string, unknown>).gate = { kind: 'multiply', source: 'A.a' };
  const many = small('banyak');
  (many.root.children[0] as { children: unknown[] }).children = Array.from({ length: 100_000 }, (_, i) => ({
    kind: 'indicator',
    id: `A.${i}`,
    code: '',
    title: `Pertanyaan ${i}`,
    answerType: 'Ya/Tidak',
  }));
  const named = small('nama');
  named.title = 'x'.repeat(50 * 1024 * 1024);

  it.each([
    ['weights that are not numbers', 'bobot.rbwt', envelope(weights), 'template.root.children.0.weight'],
    ['a cycle of gates', 'lingkaran.rbwt', envelope(cycle), 'template.A.'],
    ['100,000 questions', 'banyak.rbwt', envelope(many), 'template.root'],
    ['a 50 MB name', 'nama.rbwt', envelope(named), 'template.title'],
    ['not JSON', 'potong.rbwt', '{"format": "rbw-template-file", "templ', 'potong.rbwt'],
    ['not a template file', 'lain.rbwt', { format: 'rbw-answers' }, 'format'],
  ])(
    'refuses %s in one line naming the field, adding nothing',
    async (_what, name, content, field) => {
      const before = userTemplates();
      const result = await rbw('template', 'add', write(name, content));
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr.slice(0, 500)).toHaveLength(1);
      expect(lines[0]).toContain(name);
      expect(lines[0]).toContain(field);
      expect(lines[0]?.length).toBeLessThan(400);
      expect(userTemplates()).toEqual(before);
    },
    300_000,
  );
});
