import type { AnswerType } from '../../shared/template/answer-type';
import type { Group, Indicator, Template } from '../../shared/template/template-schema';

/** Small hand-written templates for unit tests: every number in them is chosen to be checked by hand. */

export const ANSWER_TYPES: AnswerType[] = [
  {
    kind: 'choice',
    label: 'Ya/Tidak',
    options: [
      { key: 'Ya', value: 1 },
      { key: 'Tidak', value: 0 },
    ],
  },
  {
    kind: 'choice',
    label: 'A/B/C',
    options: [
      { key: 'A', value: 1 },
      { key: 'B', value: 0.5 },
      { key: 'C', value: 0 },
    ],
  },
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
  {
    kind: 'choice',
    label: 'A/B/C/D/E',
    options: [
      { key: 'A', value: 1 },
      { key: 'B', value: 0.75 },
      { key: 'C', value: 0.5 },
      { key: 'D', value: 0.25 },
      { key: 'E', value: 0 },
    ],
  },
  {
    kind: 'choice',
    label: 'Opini BPK',
    options: [
      { key: 'WTP', value: 3 },
      { key: 'WDP', value: 2 },
      { key: 'TW', value: 1 },
      { key: 'TMP', value: 0 },
    ],
  },
  { kind: 'number', label: '%', min: 0, max: 1, decimals: 4 },
  { kind: 'count', label: 'Jumlah', integer: true },
  { kind: 'number', label: 'Nilai (0-4)', min: 0, max: 4, decimals: 4 },
  { kind: 'number', label: 'Nilai SAKIP', min: 0, max: 100, decimals: 2 },
];

export const question = (id: string, answerType: string, extra: Partial<Indicator> = {}): Indicator => ({
  kind: 'indicator',
  id,
  code: id.split('.').pop() ?? id,
  title: `Pertanyaan ${id}`,
  answerType,
  ...extra,
});

export const group = (
  id: string,
  level: Group['level'],
  weight: number,
  aggregate: Group['aggregate'],
  children: Group['children'],
  extra: Partial<Group> = {},
): Group => ({
  kind: 'group',
  id,
  code: id.split('.').pop() ?? id,
  title: `Kelompok ${id}`,
  level,
  weight,
  aggregate,
  children,
  ...extra,
});

export const template = (root: Group, extra: Partial<Template> = {}): Template => ({
  format: 'rbw-template',
  schemaVersion: 1,
  id: 'small',
  version: '1',
  title: 'Small test template',
  model: 'other',
  unanswered: 'skip',
  answerTypes: ANSWER_TYPES,
  root,
  ...extra,
});
