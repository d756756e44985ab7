import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import { callService, windowFileAccess } from '../../service/api/window';
import { createTranslator, formatProblem } from '../../shared/i18n/translator';
import type { Template } from '../../shared/template/template-schema';
import { blankTemplate } from '../../shared/template-editor/new-template';
import { addGroup, addQuestion, setWeight } from '../../shared/template-editor/tree-edits';

/**
 * What the template editor's "Simpan templat" asks of the service (issue 26): a template checked as a
 * file is, saved among the user's templates with its version one higher each time, listed for "Baru";
 * a template whose weights do not add up, an id taken by another template or a built-in id is refused
 * in one line and nothing is written.
 */
const folder = mkdtempSync(join(tmpdir(), 'rbw-template-editor-'));
const context = { author: 'Uji', files: windowFileAccess() };
const call = (name: string, input: unknown): Promise<Envelope> => callService(name, input, context);

/** Pengungkit 60 holding one area of `area` points with one Ya/Tidak question; Hasil 40 likewise. */
function model(id: string, area = 60): Template {
  let t = blankTemplate(id, 'Model OPD');
  for (const [title, weight, inner] of [
    ['Pengungkit', 60, area],
    ['Hasil', 40, 40],
  ] as const) {
    const component = addGroup(t, 'ROOT', title);
    const made = addGroup(setWeight(component.template, component.id, weight), component.id, `Area ${title}`);
    t = addQuestion(setWeight(made.template, made.id, inner), made.id, 'Pertanyaan', 'Ya/Tidak').template;
  }
  return t;
}

const templatesDir = () => join(folder, 'data', 'templates');

beforeAll(() => {
  process.env.RBW_DATA_DIR = join(folder, 'data');
});

describe('templates.save (the template editor)', () => {
  it('saves version 1, then 2 when saved again, and "Baru" lists it', async () => {
    const first = await call('templates.save', { template: model('opd-kota'), replace: false });
    expect(first).toMatchObject({
      ok: true,
      value: { id: 'opd-kota', version: '1', questions: 2, replaced: false },
    });
    const second = await call('templates.save', { template: model('opd-kota'), replace: true });
    expect(second).toMatchObject({ ok: true, value: { version: '2', replaced: true } });
    const listed = await call('templates.list', {});
    expect(
      listed.ok && (listed.value as { id: string; version: string }[]).find((t) => t.id === 'opd-kota'),
    ).toEqual({
      id: 'opd-kota',
      title: 'Model OPD',
      version: '2',
    });
    const got = await call('templates.get', { id: 'opd-kota' });
    expect(got).toMatchObject({ ok: true, value: { builtin: false, template: { version: '2' } } });
  });

  it('refuses an id taken by another template unless the editor opened it, and a built-in id', async () => {
    const taken = await call('templates.save', { template: model('opd-kota'), replace: false });
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.problems.map((p) => p.code)).toEqual(['templateEditor.idTaken']);
    const builtin = await call('templates.save', { template: model('rb-2014'), replace: true });
    expect(builtin.ok).toBe(false);
    if (!builtin.ok) expect(builtin.problems.map((p) => p.code)).toEqual(['templateFile.builtinId']);
    expect(existsSync(join(templatesDir(), 'rb-2014.rbwt'))).toBe(false);
  });

  it('refuses weights that do not add up in one line naming the group, and writes nothing', async () => {
    const before = readdirSync(templatesDir()).sort();
    const refused = await call('templates.save', { template: model('opd-salah', 58), replace: false });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems).toHaveLength(1);
    // Pengungkit (component A) is worth 60 but its area 58.
    expect(formatProblem(refused.problems[0] as never, createTranslator('id'))).toBe(
      'template.A: bobot "A" 60 tidak sama dengan jumlah bobot di bawahnya (58)',
    );
    expect(readdirSync(templatesDir()).sort()).toEqual(before);
  });

  it('refuses a name longer than a template file allows, naming the field', async () => {
    const template = model('opd-panjang');
    const long = {
      ...template,
      root: {
        ...template.root,
        children: template.root.children.map((c, i) => (i === 0 ? { ...c, title: 'x'.repeat(5000) } : c)),
      },
    };
    const refused = await call('templates.save', { template: long, replace: false });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems).toEqual([
      {
        code: 'templateFile.textTooLong',
        params: { length: 5000, limit: 1000 },
        where: { field: 'template.root.children.0.title' },
      },
    ]);
    expect(existsSync(join(templatesDir(), 'opd-panjang.rbwt'))).toBe(false);
  });
});
