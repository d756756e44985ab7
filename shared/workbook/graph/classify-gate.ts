import type { Gate } from '../../template/template-schema';
import { numberOf } from '../read/cell-result';
import type { RowProbe } from './probes';

const EPSILON = 1e-6;

/**
 * What another question does to this row, read from the probes: `zero-when` when some of its answers
 * force the row to 0 and the others leave it alone (older RB workbooks: worth nothing when the row above
 * is "Tidak"); `multiply` when the row's value follows the other row's share. Null when the formula
 * reads the other row in some other way (a defect, reported by the rule comparison).
 */
export function classifyGate(
  probe: RowProbe,
  ownTable: Record<string, number>,
  sourceShares: Record<string, number>,
  sourceId: string,
): Gate | null {
  if (!probe.gate) return null;
  const zeroing: string[] = [];
  let passes = 0;
  let multiplies = true;
  for (const [sourceKey, values] of Object.entries(probe.gate.values)) {
    const pairs = Object.entries(ownTable).map(
      ([key, expected]) => [numberOf(values[key] ?? null), expected] as const,
    );
    if (pairs.some(([got]) => got === null)) return null;
    const share = sourceShares[sourceKey];
    if (
      share === undefined ||
      pairs.some(([got, expected]) => Math.abs((got as number) - expected * share) > EPSILON)
    ) {
      multiplies = false;
    }
    if (pairs.every(([got]) => Math.abs(got as number) < EPSILON)) zeroing.push(sourceKey);
    else if (pairs.every(([got, expected]) => Math.abs((got as number) - expected) < EPSILON)) passes++;
    else if (!multiplies) return null;
  }
  const shares = Object.values(sourceShares);
  const partial = shares.some((s) => s > EPSILON && s < 1 - EPSILON);
  if (multiplies && partial) return { kind: 'multiply', source: sourceId };
  if (zeroing.length && passes + zeroing.length === Object.keys(probe.gate.values).length && passes > 0) {
    return { kind: 'zero-when', source: sourceId, answers: zeroing };
  }
  return multiplies ? { kind: 'multiply', source: sourceId } : null;
}
