import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../builtin-templates';
import { checkTemplate } from '../template/check-template';
import { Scorer } from '../scoring/scorer';
import type { Group, Template } from '../template/template-schema';
import { record, redo, startHistory, undo } from './edit-history';
import { blankTemplate, nextVersion } from './new-template';
import { deriveFromCounts, putAnswerType, removeAnswerType, setGate } from './rule-edits';
import {
  addGroup,
  addQuestion,
  findNode,
  move,
  moveBy,
  parentOf,
  remove,
  rename,
  setWeight,
} from './tree-edits';
import { editorProblems } from './weight-check';

/** Pengungkit 60 (Manajemen Perubahan 30, Penataan SDM 28) and Hasil 40 (Kinerja 40), two questions each. */
function smallModel(): { template: Template; ids: Record<string, string> } {
  let t = blankTemplate('opd-uji', 'Model OPD Uji');
  const ids: Record<string, string> = {};
  const group = (key: string, parent: string, title: string, weight: number) => {
    const made = addGroup(t, parent, title);
    t = setWeight(made.template, made.id, weight);
    ids[key] = made.id;
  };
  const question = (key: string, parent: string, title: string, type: string) => {
    const made = addQuestion(t, parent, title, type);
    t = made.template;
    ids[key] = made.id;
  };
  group('P', 'ROOT', 'Pengungkit', 60);
  group('H', 'ROOT', 'Hasil', 40);
  group('MP', ids.P as string, 'Manajemen Perubahan', 30);
  group('SDM', ids.P as string, 'Penataan SDM', 28);
  group('K', ids.H as string, 'Kinerja', 40);
  question('q1', ids.MP as string, 'Tim RB ditetapkan', 'Ya/Tidak');
  question('q2', ids.MP as string, 'Rencana kerja', 'A/B/C');
  question('q3', ids.SDM as string, 'Analisis jabatan', 'Ya/Tidak');
  question('q4', ids.SDM as string, 'Indeks profesionalitas', 'A/B/C');
  question('q5', ids.K as string, 'Capaian kinerja', 'A/B/C');
  question('q6', ids.K as string, 'Survei kepuasan', 'Ya/Tidak');
  return { template: t, ids };
}

describe('template editor: weights checked as the coordinator types', () => {
  it('names the component whose areas do not add up, and nothing once fixed', () => {
    const { template, ids } = smallModel();
    expect(editorProblems(template)).toEqual([
      { code: 'weights', id: ids.P, level: 'component', title: 'Pengungkit', sum: 58, weight: 60 },
    ]);
    const fixed = setWeight(template, ids.SDM as string, 30);
    expect(editorProblems(fixed)).toEqual([]);
    // The service's own check agrees: the fixed model is a valid template.
    expect(checkTemplate(fixed)).toEqual([]);
  });

  it('checks the components against the stated maximum and names an empty area', () => {
    const { template, ids } = smallModel();
    const t = setWeight(setWeight(template, ids.SDM as string, 30), ids.H as string, 30);
    const fresh = addGroup(t, ids.H as string, 'Pelayanan');
    const codes = editorProblems(fresh.template).map((p) => `${p.code}:${'title' in p ? p.title : ''}`);
    // Hasil 30 is its areas' 40; the total is 90 of 100; Pelayanan has no questions.
    expect(codes).toEqual(['weights:Model OPD Uji', 'weights:Hasil', 'empty:Pelayanan']);
    const root = editorProblems(fresh.template)[0];
    expect(root).toMatchObject({ sum: 90, weight: 100 });
  });

  it('adds weights in hundredths: 33,33 + 33,33 + 33,34 is 100', () => {
    let t = blankTemplate('x', 'X');
    for (const w of [33.33, 33.33, 33.34]) {
      const made = addGroup(t, 'ROOT', `K${w}`);
      t = addQuestion(setWeight(made.template, made.id, w), made.id, 'q', 'Ya/Tidak').template;
    }
    expect(editorProblems(t)).toEqual([]);
  });
});

describe('template editor: moves and removals', () => {
  it('moves a question to another area and an area to another component, never a group into itself', () => {
    const { template, ids } = smallModel();
    let t = move(template, ids.q2 as string, ids.K as string);
    expect(parentOf(t, ids.q2 as string)?.id).toBe(ids.K);
    expect((findNode(t, ids.K as string) as Group).children.map((c) => c.title)).toEqual([
      'Capaian kinerja',
      'Survei kepuasan',
      'Rencana kerja',
    ]);
    t = move(t, ids.SDM as string, ids.H as string);
    expect(parentOf(t, ids.SDM as string)?.id).toBe(ids.H);
    // A component under its own area, or an area under a question's area level, is refused.
    expect(move(t, ids.P as string, ids.MP as string)).toBe(t);
    expect(move(t, ids.MP as string, ids.K as string)).toBe(t);
    // After the move Pengungkit holds 30 of 60 and Hasil 68 of 40.
    expect(editorProblems(t).map((p) => ('sum' in p ? `${p.title} ${p.sum}/${p.weight}` : p.code))).toEqual([
      'Pengungkit 30/60',
      'Hasil 68/40',
    ]);
  });

  it('moves a question up among its siblings', () => {
    const { template, ids } = smallModel();
    const t = moveBy(template, ids.q2 as string, -1);
    expect((findNode(t, ids.MP as string) as Group).children.map((c) => c.id)).toEqual([ids.q2, ids.q1]);
    expect(moveBy(t, ids.q2 as string, -1)).toBe(t);
  });

  it('removes an area with its questions, and a gate on a removed question with it', () => {
    const { template, ids } = smallModel();
    const gated = setGate(template, ids.q5 as string, {
      kind: 'zero-when',
      source: ids.q3 as string,
      answers: ['Tidak'],
    });
    expect((findNode(gated, ids.q5 as string) as { gate?: unknown }).gate).toBeDefined();
    const t = remove(gated, ids.SDM as string);
    expect(findNode(t, ids.q3 as string)).toBeNull();
    expect(findNode(t, ids.SDM as string)).toBeNull();
    expect((findNode(t, ids.q5 as string) as { gate?: unknown }).gate).toBeUndefined();
    expect(remove(t, 'ROOT')).toBe(t);
  });
});

describe('template editor: ids', () => {
  it('names new nodes as the built-in templates do (A, A.I, A.I.a), and never reuses a taken id', () => {
    const { template, ids } = smallModel();
    expect([ids.P, ids.H, ids.MP, ids.SDM, ids.K, ids.q1, ids.q2, ids.q5]).toEqual([
      'A',
      'B',
      'A.I',
      'A.II',
      'B.I',
      'A.I.a',
      'A.I.b',
      'B.I.a',
    ]);
    // A.I.b moved to Kinerja keeps its id; the next question made in Manajemen Perubahan is b. again.
    const moved = move(template, 'A.I.b', 'B.I');
    const made = addQuestion(moved, 'A.I', 'Baru', 'Ya/Tidak');
    expect(findNode(made.template, 'A.I.b')?.title).toBe('Rencana kerja');
    expect(made.id).toBe('A.I.b-2');
    expect(checkTemplate(setWeight(made.template, 'A.II', 30))).toEqual([]);
  });
});

describe('template editor: undo', () => {
  it('takes back each change, a whole typed title at a time, and redoes it', () => {
    const { template, ids } = smallModel();
    let h = startHistory(template);
    // Typing "Kinerja Utama" letter by letter is one change.
    for (const title of ['Kinerja U', 'Kinerja Ut', 'Kinerja Utama']) {
      h = record(h, rename(h.present, ids.K as string, title), `title:${ids.K}`);
    }
    h = record(h, setWeight(h.present, ids.SDM as string, 30), `weight:${ids.SDM}`);
    h = record(h, remove(h.present, ids.q6 as string));
    expect(findNode(h.present, ids.q6 as string)).toBeNull();
    h = undo(h);
    expect(findNode(h.present, ids.q6 as string)?.title).toBe('Survei kepuasan');
    h = undo(h);
    expect(
      findNode(h.present, ids.SDM as string)?.kind === 'group' &&
        (findNode(h.present, ids.SDM as string) as Group).weight,
    ).toBe(28);
    h = undo(h);
    expect(findNode(h.present, ids.K as string)?.title).toBe('Kinerja');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(findNode(h.present, ids.K as string)?.title).toBe('Kinerja Utama');
    expect((findNode(h.present, ids.SDM as string) as Group).weight).toBe(30);
  });
});

describe('template editor: answer types, derived rows, versions', () => {
  it('a question follows its answer type when the type is renamed; a type in use is not removed', () => {
    const { template, ids } = smallModel();
    const index = template.answerTypes.findIndex((t) => t.label === 'A/B/C');
    const t = putAnswerType(
      template,
      {
        kind: 'choice',
        label: 'A/B/C/D',
        options: [
          { key: 'A', value: 1 },
          { key: 'B', value: 0.67 },
          { key: 'C', value: 0.33 },
          { key: 'D', value: 0 },
        ],
      },
      index,
    );
    expect(findNode(t, ids.q2 as string)).toMatchObject({ answerType: 'A/B/C/D' });
    expect(removeAnswerType(t, index)).toBe(t);
  });

  it('scores a % row derived from two Jumlah inputs: 3 of 4 is 0,75 of the area', () => {
    const { template, ids } = smallModel();
    const t = deriveFromCounts(setWeight(template, ids.SDM as string, 30), ids.q6 as string, {
      numerator: 'Jumlah responden puas',
      denominator: 'Jumlah responden',
    });
    expect(checkTemplate(t)).toEqual([]);
    const q6 = findNode(t, ids.q6 as string);
    if (q6?.kind !== 'indicator' || !q6.inputs) throw new Error('no inputs');
    const [puas, semua] = q6.inputs;
    // Kinerja (40): q5 = A (1), q6 = 3/4 → average 0.875 × 40 = 35.
    const scorer = new Scorer(t);
    scorer.setAnswers([
      [ids.q5 as string, 'A'],
      [puas?.id as string, 3],
      [semua?.id as string, 4],
    ]);
    expect(scorer.group(ids.K as string).value).toBeCloseTo(35, 9);
  });

  it('scores a gate set in the editor: Capaian kinerja is worth 0 while Analisis jabatan is Tidak', () => {
    const { template, ids } = smallModel();
    const t = setGate(setWeight(template, ids.SDM as string, 30), ids.q5 as string, {
      kind: 'zero-when',
      source: ids.q3 as string,
      answers: ['Tidak'],
    });
    expect(checkTemplate(t)).toEqual([]);
    const scorer = new Scorer(t);
    scorer.setAnswers([
      [ids.q5 as string, 'A'],
      [ids.q6 as string, 'Ya'],
      [ids.q3 as string, 'Tidak'],
    ]);
    // Kinerja (40): q5 gated to 0, q6 Ya (1) → average 0,5 × 40 = 20; with Analisis jabatan Ya, 40.
    expect(scorer.group(ids.K as string).value).toBeCloseTo(20, 9);
    scorer.setAnswer(ids.q3 as string, 'Ya');
    expect(scorer.group(ids.K as string).value).toBeCloseTo(40, 9);
    // A gate on itself is refused.
    expect(setGate(t, ids.q5 as string, { kind: 'multiply', source: ids.q5 as string })).toBe(t);
  });

  it('bumps the version on save', () => {
    expect(nextVersion(null)).toBe('1');
    expect(nextVersion('1')).toBe('2');
    expect(nextVersion('2024.9')).toBe('2024.10');
    expect(nextVersion('draft')).toBe('draft.1');
  });
});

describe('template editor: the templates it opens', () => {
  it('opens every built-in template with nothing to fix', () => {
    for (const template of builtinTemplates()) {
      expect([template.id, editorProblems(template)]).toEqual([template.id, []]);
    }
  });
});
