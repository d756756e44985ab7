import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../builtin-templates';
import { indexTemplate } from '../template/template-index';
import { mapGroups } from './map-groups';
import { KNOWN_RENAMES } from './renames';

describe("last year's areas onto this year's", () => {
  const byId = new Map(builtinTemplates().map((t) => [t.id, indexTemplate(t)]));
  const groups = mapGroups(byId.get('zi-2021')!, byId.get('zi-2026')!, KNOWN_RENAMES['zi-2021>zi-2026']);

  it('keeps the total, components and areas of ZI 2021 under the same codes in 2026', () => {
    expect(groups.get('ROOT')).toBe('ROOT');
    expect(groups.get('A')).toBe('A');
    expect(groups.get('A.II.5')).toBe('A.II.5');
    expect(groups.get('B.I')).toBe('B.I');
  });

  it('follows the LHKPN sub-area that moved from iii.i to iii.a', () => {
    expect(groups.get('A.II.5.iii.i')).toBe('A.II.5.iii.a');
  });
});
