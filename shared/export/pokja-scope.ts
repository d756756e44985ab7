import type { AnswerRecord } from '../records/answer-record';
import { recordIds } from '../records/diff-records';
import type { Problem, Result } from '../problem';
import { fail, ok } from '../problem';
import type { TemplateIndex } from '../template/template-index';
import { ancestorsOf } from '../template/template-index';
import type { Group, TemplateNode } from '../template/template-schema';

/**
 * What a pokja works on: the areas holding at least one item assigned to it, and every item of those
 * areas. Work is split by area ("Pokja 1 – Manajemen Perubahan"), so the area, not the single
 * question, is the unit a pokja owns; an area whose items carry two pokja names belongs to both.
 */
export interface PokjaScope {
  /** The pokja's name as the document writes it. */
  pokja: string;
  areas: Group[];
  /** Ids of every item (question, `%` row, `Jumlah` input) in those areas. */
  items: Set<string>;
}

/** Pokja names compare without regard to case and spacing ("pokja  1" is "Pokja 1"). */
export const samePokja = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The area an item belongs to: its `area` ancestor, or for rows without one (the Hasil rows of ZI sit
 * directly under "Birokrasi yang bersih dan akuntabel") the group just below the component.
 */
export function areaOf(index: TemplateIndex, itemId: string): Group | undefined {
  const owner = index.answerables.get(itemId)?.indicator.id ?? itemId;
  const chain = ancestorsOf(index, owner);
  return chain.find((g) => g.level === 'area') ?? chain[chain.length - 3] ?? chain[chain.length - 2];
}

/** The scope of a pokja in a document; a problem listing the known pokja when none is assigned to it. */
export function pokjaScope(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  pokja: string,
): Result<PokjaScope> {
  const areas = new Map<string, Group>();
  let name = pokja.trim();
  for (const [id, record] of records) {
    if (!record.pokja || !samePokja(record.pokja, pokja)) continue;
    name = record.pokja;
    const area = areaOf(index, id);
    if (area) areas.set(area.id, area);
  }
  if (!areas.size) {
    const known = [...new Set([...records.values()].map((r) => r.pokja).filter((p): p is string => !!p))];
    const problem: Problem = {
      code: known.length ? 'export.unknownPokja' : 'export.noPokja',
      params: { pokja, known: known.sort().join(', ') },
      where: { field: 'pokja' },
    };
    return fail(problem);
  }
  const ordered = [...index.groups.values()].filter((g) => areas.has(g.id));
  const inside = new Set(ordered.flatMap(indicatorsUnder));
  const items = new Set(
    recordIds(index).filter((id) => inside.has(index.answerables.get(id)?.indicator.id ?? id)),
  );
  return ok({ pokja: name, areas: ordered, items });
}

function indicatorsUnder(node: TemplateNode): string[] {
  return node.kind === 'group' ? node.children.flatMap(indicatorsUnder) : [node.id];
}
