import { mergeField } from '../../shared/merge/three-way';
import type { FieldValue } from '../../shared/records/record-change';

/**
 * What becomes of an edit sent with the value its sender saw (`base`) when the document now holds
 * `current` and the edit brings `incoming`, by the three-way rule of the pokja merge (shared/merge):
 * - `write`: nobody else changed the field since: the edit is written;
 * - `keep`: nothing to write (the field already holds the incoming value, or the sender left it as they
 *   saw it while another changed it);
 * - `conflict`: both changed it differently since the base: shown to the sender, nothing written.
 * The per-edit check of `records.set`; a replica's sync applies it field by field too.
 */
export function checkEditBase(
  base: FieldValue,
  current: FieldValue,
  incoming: FieldValue,
): 'write' | 'keep' | 'conflict' {
  const outcome = mergeField({
    itemId: '',
    field: 'answer',
    baseKnown: true,
    base,
    ours: current,
    theirs: incoming,
  });
  return outcome === 'take' ? 'write' : outcome === 'conflict' ? 'conflict' : 'keep';
}
