import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../builtin-templates';
import { indexTemplate } from '../template/template-index';
import type { AnswerType } from '../template/answer-type';
import type { Group, Indicator, Template } from '../template/template-schema';
import type { FormulaCells } from './standard-formulas';
import { derivedAnswerFormula, groupValueFormula, indicatorValueFormula } from './standard-formulas';

const index = indexTemplate(builtinTemplate('zi-2021') as Template);
// Row 8 of the official sheet for every node: enough to read the formulas.
const cells: FormulaCells = {
  answer: (id) => `K[${id}]`,
  value: (id) => `L[${id}]`,
  weight: (id) => `H[${id}]`,
};
const indicator = (id: string): Indicator => index.indicators.get(id) as Indicator;
const typeOf = (id: string): AnswerType => index.answerTypes.get(indicator(id).answerType) as AnswerType;

describe('the formulas of a clean LKE sheet', () => {
  it('scores A/B/C as 1, 0.5 and 0, and an empty cell as "Blm Diisi" (AVERAGE skips it)', () => {
    expect(indicatorValueFormula(indicator('A.I.1.i.b'), typeOf('A.I.1.i.b'), cells)).toBe(
      'IF(K[A.I.1.i.b]="A",1,IF(K[A.I.1.i.b]="B",0.5,IF(K[A.I.1.i.b]="C",0,"Blm Diisi")))',
    );
  });

  it('scores the survey as value ÷ 4 × weight, inside the test so that an empty cell stays text', () => {
    expect(indicatorValueFormula(indicator('B.I.a'), typeOf('B.I.a'), cells)).toBe(
      'IF(K[B.I.a]="","Blm Diisi",K[B.I.a]/4*H[B.I.a])',
    );
  });

  it('multiplies each option of a weighted choice by the weight (capaian kinerja A–E × 5)', () => {
    expect(indicatorValueFormula(indicator('B.I.b'), typeOf('B.I.b'), cells)).toContain(
      'IF(K[B.I.b]="B",0.75*H[B.I.b],',
    );
  });

  it('computes agents of change as changes ÷ agents, capped at 1, 0 when there are no agents', () => {
    const derive = indicator('A.II.1.i.a').derive as NonNullable<Indicator['derive']>;
    expect(derivedAnswerFormula(derive, (id) => `K[${id}]`)).toBe(
      'IF(OR(K[A.II.1.i.a.1]="",K[A.II.1.i.a.2]=""),"Blm Diisi",' +
        'IF(K[A.II.1.i.a.1]=0,0,MIN(1,MAX(0,(K[A.II.1.i.a.2])/K[A.II.1.i.a.1]))))',
    );
  });

  it('gives the discipline row 1 when last year and this year had no violations, 0 when only last year had none', () => {
    const row = [...index.indicators.values()].find((i) => i.derive?.onAllZero !== undefined) as Indicator;
    const derive = row.derive as NonNullable<Indicator['derive']>;
    const formula = derivedAnswerFormula(derive, (id) => `K[${id}]`);
    const zeros = [...derive.numerator, ...derive.subtract].map((id) => `K[${id}]=0`).join(',');
    expect(formula).toContain(`IF(AND(${zeros}),1,0)`);
  });

  it('averages a sub-area over its answered rows times its weight, and counts an empty sub-area as 0', () => {
    const subArea = index.groups.get('A.I.1.i') as Group;
    expect(groupValueFormula(subArea, cells, 'skip')).toBe(
      'IF(COUNT(L[A.I.1.i.a],L[A.I.1.i.b])=0,0,AVERAGE(L[A.I.1.i.a],L[A.I.1.i.b])*H[A.I.1.i])',
    );
    expect(groupValueFormula(subArea, cells, 'zero')).toBe('SUM(L[A.I.1.i.a],L[A.I.1.i.b])/2*H[A.I.1.i]');
  });

  it('adds up an area from its sub-areas', () => {
    expect(groupValueFormula(index.groups.get('A.I.1') as Group, cells, 'skip')).toBe(
      'SUM(L[A.I.1.i],L[A.I.1.ii],L[A.I.1.iii],L[A.I.1.iv])',
    );
  });
});
