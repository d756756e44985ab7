import { importWorkbook } from '../../service/workbooks/import-workbook';
import { Scorer } from '../../shared/scoring/scorer';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import { bestAnswers } from '../../test/support/best-answers';
import { largeTemplate } from '../../test/support/large-template';
import type { BenchCase, BenchContext } from '../support/bench-case';
import type { Figure } from '../support/figure';
import { figure, targets } from '../support/figure';
import { answerEdits } from '../support/edits';
import { REAL_WORKBOOK } from '../support/files';
import { sampleBatched, sampleEach } from '../support/measure';

/**
 * Case 3: the standard rule (the Scorer): a full score of every answer, and one answer changed with
 * the total read, on the real workbook's template and on the generated 5,000-indicator template,
 * against a plain loop summing as many numbers as there are answers.
 */
export const scoreCase: BenchCase = {
  name: 'score',
  title: 'Standard rule: full score and one edit',
  run: async (context) => {
    const imported = await importWorkbook(REAL_WORKBOOK);
    imported.engine.destroy();
    const realAnswers = new Map<string, AnswerValue>();
    for (const [id, record] of Object.entries(imported.records))
      if (record.answer !== null) realAnswers.set(id, record.answer);
    const large = indexTemplate(largeTemplate());
    return [
      ...scoreFigures(context, 'real', 'real ZI workbook', indexTemplate(imported.template), realAnswers),
      ...scoreFigures(context, 'large', '5,000 indicators', large, bestAnswers(large)),
    ];
  },
};

function scoreFigures(
  { quick, runs, log }: BenchContext,
  key: string,
  label: string,
  index: TemplateIndex,
  answers: Map<string, AnswerValue>,
): Figure[] {
  log(`  ${label}: ${index.indicators.size} indicators, ${answers.size} answers`);
  const values = Float64Array.from({ length: answers.size }, (_, i) => (i % 7) / 7);
  const plainSum = (): number => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[i] as number;
    return sum;
  };
  const loop = sampleBatched(plainSum, 1000, runs(50, 200));
  const entries = [...answers];
  const fullRuns = index.indicators.size > 1000 ? 60 : 400;
  const full = sampleEach(
    () => {
      const scorer = new Scorer(index);
      scorer.setAnswers(entries);
      return scorer.total();
    },
    quick ? fullRuns / 4 : fullRuns,
    fullRuns / 4,
  );
  const scorer = new Scorer(index);
  scorer.setAnswers(entries);
  const count = quick ? 1000 : 5000;
  const edits = answerEdits(index, count + 500);
  const edit = sampleEach(
    (i) => {
      const e = edits[i] as (typeof edits)[number];
      scorer.setAnswer(e.itemId, e.value);
      return scorer.total();
    },
    count,
    500,
  );
  const baseline = { what: `plain loop summing ${answers.size} numbers`, samples: loop };
  return [
    figure({
      id: `score.full.${key}`,
      case: 3,
      what: `Full score, standard rule, ${label} (new Scorer + every answer + total)`,
      samples: full,
      baseline,
    }),
    figure({
      id: `score.edit.${key}`,
      case: 3,
      what: `One edit, standard rule, ${label} (Scorer.setAnswer + total)`,
      samples: edit,
      baseline,
      target: targets.medianBelow(1),
    }),
  ];
}
