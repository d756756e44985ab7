import type { Template } from '../template/template-schema';
import { TEMPLATE_SCHEMA_VERSION } from '../template/template-schema';

/**
 * A template to start the editor from: a blank model (a root worth 100, the common answer types), or a
 * copy of an existing template under a new id; and the version a saved template gets.
 */
export function blankTemplate(id: string, title: string, year?: number): Template {
  return {
    format: 'rbw-template',
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id,
    version: '1',
    title,
    model: 'other',
    ...(year ? { year } : {}),
    unanswered: 'skip',
    answerTypes: [
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
    ],
    root: {
      kind: 'group',
      id: 'ROOT',
      code: '',
      title,
      level: 'root',
      weight: 100,
      aggregate: 'sum',
      children: [],
    },
  };
}

/** A copy to change: the same tree and ids (documents move to it by id), a new id and title. */
export function copyTemplate(source: Template, id: string, title: string): Template {
  return {
    ...structuredClone(source),
    id,
    title,
    version: '1',
    root: { ...structuredClone(source.root), title },
  };
}

/**
 * The version a saved template gets: one more than the version saved before it ("1" → "2",
 * "2024.3" → "2024.4"); "1" for a template saved for the first time.
 */
export function nextVersion(saved: string | null): string {
  if (saved === null) return '1';
  const match = /^(.*?)(\d+)$/.exec(saved);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${saved}.1`;
}
