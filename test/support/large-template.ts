import type { Group, Indicator, Template } from '../../shared/template/template-schema';
import { ANSWER_TYPES, group } from './small-templates';

const CHOICE_TYPES = ['Ya/Tidak', 'A/B/C', 'A/B/C/D', 'A/B/C/D/E'];

/**
 * A template of `components × 10 areas × 5 sub-areas × 10 indicators` (5,000 with the default 10
 * components) for size tests and benchmarks: the last indicator of each sub-area is a `%` row derived
 * from two `Jumlah` inputs, the others cycle through the choice answer types. Weights add up to 100.
 */
export function largeTemplate(components = 10): Template {
  const children: Group[] = [];
  for (let c = 1; c <= components; c++) {
    const areas: Group[] = [];
    for (let a = 1; a <= 10; a++) {
      const subAreas: Group[] = [];
      for (let s = 1; s <= 5; s++) {
        const id = `C${c}.A${a}.S${s}`;
        subAreas.push(group(id, 'sub-area', 0.2, 'average', indicators(id)));
      }
      areas.push(group(`C${c}.A${a}`, 'area', 1, 'sum', subAreas));
    }
    children.push(group(`C${c}`, 'component', 100 / components, 'sum', areas));
  }
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: `large-${components * 500}`,
    version: '1',
    title: `Template uji ${components * 500} indikator`,
    model: 'other',
    unanswered: 'skip',
    answerTypes: ANSWER_TYPES,
    root: group('ROOT', 'root', 100, 'sum', children),
  };
}

function indicators(subArea: string): Indicator[] {
  const list: Indicator[] = [];
  for (let i = 1; i <= 9; i++) {
    const answerType = CHOICE_TYPES[i % CHOICE_TYPES.length] as string;
    list.push({
      kind: 'indicator',
      id: `${subArea}.${i}`,
      code: `${i}.`,
      title: `Pertanyaan ${subArea}.${i}`,
      answerType,
    });
  }
  const id = `${subArea}.10`;
  const input = (n: number, title: string) => ({
    id: `${id}.${n}`,
    code: `${n}`,
    title,
    answerType: 'Jumlah',
  });
  list.push({
    kind: 'indicator',
    id,
    code: '10.',
    title: `Persentase ${subArea}`,
    answerType: '%',
    inputs: [input(1, 'Jumlah yang selesai'), input(2, 'Jumlah seluruhnya')],
    derive: {
      kind: 'ratio',
      numerator: [`${id}.1`],
      subtract: [],
      denominator: [`${id}.2`],
      requires: [`${id}.1`, `${id}.2`],
      min: 0,
      max: 1,
      onZeroDenominator: 0,
    },
  });
  return list;
}
