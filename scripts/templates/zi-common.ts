import type { AnswerType } from '../../shared/template/answer-type';
import type { Predicate } from '../../shared/template/predicate-schema';
import type { Group, GroupLevel, TemplateNode } from '../../shared/template/template-schema';
import { areaKey } from '../../shared/workbook/derive-template/node-ids';
import type { ModelFile, ModelOption } from './reference';

// Ids, codes, levels and area keys follow one convention for built-in and imported templates alike.
export { areaKey, childId, displayCode, levelAt } from '../../shared/workbook/derive-template/node-ids';

/** Answer types of the ZI models: choice tables from the model, plus %, Jumlah and survey values. */
export function ziAnswerTypes(model: ModelFile): AnswerType[] {
  const choices: AnswerType[] = Object.entries(model.answer_values).map(([label, values]) => ({
    kind: 'choice',
    label,
    options: Object.entries(values).map(([key, value]) => ({ key, value })),
  }));
  return [
    ...choices,
    { kind: 'number', label: '%', min: 0, max: 1, decimals: 4 },
    { kind: 'count', label: 'Jumlah', integer: true },
    { kind: 'number', label: 'Nilai (0-4)', min: 0, max: 4, decimals: 4 },
  ];
}

/**
 * The workbook's "Pilihan Jawaban" label as one of the template's types: line breaks folded
 * ("Nilai\n(0-4)"), and the bare "Ya" that one filled workbook carries read as Ya/Tidak.
 */
export function normaliseAnswerType(label: string): string {
  const folded = label.replace(/\s+/g, ' ').trim();
  return folded === 'Ya' ? 'Ya/Tidak' : folded;
}

export function optionTexts(options: ModelOption[] | undefined): Record<string, string> | undefined {
  const withLabels = (options ?? []).filter((o) => o.label && o.label !== o.key);
  if (!withLabels.length) return undefined;
  return Object.fromEntries(withLabels.map((o) => [o.key, (o.label as string).trim()]));
}

/**
 * Whether a zero denominator means "nothing was owed" (reports due, complaints to handle: 1) or "nothing
 * was achieved" (agents, targets, services: 0). The workbooks divide by zero (#DIV/0!); the template
 * declares the reading an evaluator would apply.
 */
export function zeroDenominatorValue(title: string): number {
  return /penyampaian|pengaduan/i.test(title) ? 1 : 0;
}

const minimum = (id: string, label: string, node: string, threshold: number, answerThreshold?: number) => ({
  kind: 'minimum' as const,
  id,
  label,
  node,
  threshold,
  ...(answerThreshold === undefined ? {} : { answerThreshold }),
});

/** The Menuju WBK / WBBM thresholds of PermenPANRB 90/2021 (Tabel 6). */
export function ziPredicates(): Predicate[] {
  return [
    {
      id: 'wbk',
      title: 'Menuju WBK',
      conditions: [
        minimum('total', 'Nilai total ≥ 75', 'ROOT', 75),
        minimum('pengungkit', 'Nilai pengungkit ≥ 40', 'A', 40),
        {
          kind: 'every-area',
          id: 'areas',
          label: 'Setiap area pengungkit ≥ 60% bobotnya',
          scope: 'A',
          share: 0.6,
        },
        minimum('bersih', 'Birokrasi yang bersih dan akuntabel ≥ 18,25', 'B.I', 18.25),
        minimum(
          'survei-korupsi',
          'Survei persepsi anti korupsi ≥ 15,75 (survei ≥ 3,60)',
          'B.I.a',
          15.75,
          3.6,
        ),
        minimum('kinerja', 'Capaian kinerja lebih baik ≥ 2,50', 'B.I.b', 2.5),
        minimum('pelayanan', 'Pelayanan publik yang prima ≥ 14,00 (survei ≥ 3,20)', 'B.II.a', 14, 3.2),
      ],
    },
    {
      id: 'wbbm',
      title: 'Menuju WBBM',
      conditions: [
        minimum('total', 'Nilai total ≥ 85', 'ROOT', 85),
        minimum('pengungkit', 'Nilai pengungkit ≥ 48', 'A', 48),
        {
          kind: 'every-area',
          id: 'areas',
          label: 'Setiap area pengungkit ≥ 75% bobotnya',
          scope: 'A',
          share: 0.75,
        },
        minimum('bersih', 'Birokrasi yang bersih dan akuntabel ≥ 19,50', 'B.I', 19.5),
        minimum(
          'survei-korupsi',
          'Survei persepsi anti korupsi ≥ 15,75 (survei ≥ 3,60)',
          'B.I.a',
          15.75,
          3.6,
        ),
        minimum('kinerja', 'Capaian kinerja lebih baik ≥ 3,75', 'B.I.b', 3.75),
        minimum('pelayanan', 'Pelayanan publik yang prima ≥ 15,75 (survei ≥ 3,60)', 'B.II.a', 15.75, 3.6),
      ],
    },
  ];
}

/**
 * A group of a model's tree: its children are summed when any of them carries a weight (a group, or a
 * weighted question), else averaged (a sub-area's questions); an area gets its key for the predicates.
 */
export function modelGroup(
  node: { title?: string | undefined; weight?: number | undefined },
  place: { id: string; code: string; level: GroupLevel },
  children: TemplateNode[],
  refs?: Group['refs'],
): Group {
  const sums = children.some((c) => c.kind === 'group' || c.weight !== undefined);
  return {
    kind: 'group',
    id: place.id,
    code: place.code,
    title: (node.title ?? '').trim(),
    level: place.level,
    weight: node.weight ?? 0,
    aggregate: sums ? 'sum' : 'average',
    ...(place.level === 'area' ? { areaKey: areaKey(node.title ?? '') } : {}),
    ...(refs ? { refs } : {}),
    children,
  };
}
