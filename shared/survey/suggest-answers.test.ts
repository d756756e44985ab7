import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../builtin-templates';
import { indexTemplate } from '../template/template-index';
import type { Template } from '../template/template-schema';
import type { SurveyKind } from './items';
import { frequencyQuestion, optionFor, suggestAnswers } from './suggest-answers';
import type { Survey } from './survey';

const zi = indexTemplate(builtinTemplate('zi-2026') as Template);

function survey(name: string, kind: SurveyKind, dates: (string | null)[]): Survey {
  return {
    name,
    kind,
    scale: 4,
    weights: 'exact',
    conversion: 'proportional',
    population: null,
    items: [{ key: 'x', name: 'x', header: 'x' }],
    sourceFile: `${name}.csv`,
    importedAt: '2026-12-07T00:00:00Z',
    respondents: dates.map((date, i) => ({ row: i + 2, serviceType: null, date, answers: { x: 4 } })),
    boundTo: [],
  };
}

const none = () => null;

describe('the Pengungkit question on how often the SKM was held', () => {
  it('is read from its own option texts (A at least 4 a year … E none)', () => {
    const indicator = zi.indicators.get('A.I.6.iv.a');
    const question = frequencyQuestion(indicator?.title ?? '', indicator?.optionTexts ?? {});
    expect(question?.kind).toBe('skm');
    expect(Object.fromEntries(question?.minimums ?? [])).toEqual({ A: 4, B: 3, C: 2, D: 1, E: 0 });
  });

  it('publication and follow-up are not frequency questions', () => {
    for (const id of ['A.I.6.iv.b', 'A.I.6.iv.c']) {
      const indicator = zi.indicators.get(id);
      expect(frequencyQuestion(indicator?.title ?? '', indicator?.optionTexts ?? {})).toBeNull();
    }
  });

  it('takes the highest option the count reaches', () => {
    const question = frequencyQuestion('Telah dilakukan survey kepuasan masyarakat', {
      A: 'dilakukan minimal 4 kali dalam setahun',
      B: 'dilakukan minimal 2 kali dalam setahun',
      C: 'Belum dilakukan survei',
    });
    expect(question).not.toBeNull();
    if (!question) return;
    expect([0, 1, 2, 3, 4, 7].map((n) => optionFor(question, n))).toEqual(['C', 'C', 'B', 'B', 'A', 'A']);
  });
});

describe('suggestions from the surveys of the document year', () => {
  it('two SKM held in 2026 (one from 2025 and an IPAK not counted) → C, with the reason', () => {
    const surveys = [
      survey('SKM Triwulan I', 'skm', ['2026-03-02', '2026-03-20']),
      survey('SKM Triwulan II', 'skm', [null, '2026-06-11']),
      survey('SKM 2025', 'skm', ['2025-11-30']),
      survey('SPAK', 'ipak', ['2026-05-01']),
    ];
    const suggestions = suggestAnswers(zi, surveys, 2026, (id) => (id === 'A.I.6.iv.a' ? 'E' : null));
    expect(suggestions).toEqual([
      {
        code: 'A.I.6.iv.a',
        title: 'Telah dilakukan survey kepuasan masyarakat terhadap pelayanan',
        answer: 'C',
        current: 'E',
        reason: {
          code: 'survey.suggestion.held',
          params: {
            kind: 'SKM',
            count: 2,
            year: 2026,
            names: '"SKM Triwulan I", "SKM Triwulan II"',
            undated: 0,
          },
        },
      },
    ]);
  });

  it('four held → A; SKM surveys but none in the year → E', () => {
    const four = ['I', 'II', 'III', 'IV'].map((q, i) => survey(q, 'skm', [`2026-0${i * 3 + 1}-15`]));
    expect(suggestAnswers(zi, four, 2026, none).map((s) => s.answer)).toEqual(['A']);
    expect(suggestAnswers(zi, four, 2027, none).map((s) => [s.answer, s.reason.params.count])).toEqual([
      ['E', 0],
    ]);
  });

  it('no suggestion without an SKM, without a year, or when none is dated in the year but some are undated', () => {
    expect(suggestAnswers(zi, [survey('SPAK', 'ipak', ['2026-05-01'])], 2026, none)).toEqual([]);
    expect(suggestAnswers(zi, [survey('SKM', 'skm', ['2026-05-01'])], null, none)).toEqual([]);
    expect(suggestAnswers(zi, [survey('SKM', 'skm', [null, null])], 2026, none)).toEqual([]);
  });

  it('an undated survey beside a dated one: the dated count, said to be a lower bound', () => {
    const [s] = suggestAnswers(
      zi,
      [survey('SKM I', 'skm', ['2026-02-01']), survey('SKM lama', 'skm', [null])],
      2026,
      none,
    );
    expect(s?.answer).toBe('D');
    expect(s?.reason.code).toBe('survey.suggestion.heldAtLeast');
    expect(s?.reason.params.undated).toBe(1);
  });
});
