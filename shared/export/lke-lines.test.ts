import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../builtin-templates';
import type { Input, Template, TemplateNode } from '../template/template-schema';
import type { LkeLine } from './lke-lines';
import { lkeLines } from './lke-lines';

const template = (id: string): Template => builtinTemplate(id) as Template;
const ref = (key: string) => (node: TemplateNode | Input) =>
  typeof node.refs?.[key] === 'number' ? (node.refs[key] as number) - 1 : undefined;
const idOf = (line: LkeLine): string =>
  line.kind === 'input'
    ? line.input.id
    : line.kind === 'indicator' || line.kind === 'denominator'
      ? line.indicator.id
      : line.group.id;

describe('the rows of an official-style LKE sheet', () => {
  it('puts every 2026 soal on the row of the national upload cell map, without being told the rows', () => {
    const lines = lkeLines(template('zi-2026').root, { firstRow: 1, totals: true });
    const soal = lines.filter((l) => l.kind === 'indicator' || l.kind === 'input');
    let checked = 0;
    for (const line of soal) {
      const node = line.kind === 'input' ? line.input : (line as { indicator: TemplateNode }).indicator;
      const row = ref('portalRow')(node as TemplateNode);
      if (row === undefined) continue;
      expect(line.row, idOf(line)).toBe(row);
      checked++;
    }
    expect(checked).toBe(127);
  });

  it('ends the ZI 2021 sheet as the official LKE ZI does: TOTAL PENGUNGKIT on row 198, the total on row 208', () => {
    // The official sheet leaves row 90 blank; the template's rows (refs.lkeRow) keep every line on its row.
    const lines = lkeLines(template('zi-2021').root, { firstRow: 3, totals: true, rowHint: ref('lkeRow') });
    const totals = lines
      .filter((l) => l.kind === 'total' || l.kind === 'grand')
      .map((l) => [l.kind, l.row + 1]);
    expect(totals).toEqual([
      ['total', 198],
      ['total', 206],
      ['grand', 208],
    ]);
    // K178 adds up the three LHKPN denominators ("Jumlah yang harus melaporkan") in the official sheet.
    expect(lines.filter((l) => l.kind === 'denominator').map((l) => l.row + 1)).toEqual([178]);
  });

  it('lists only the chosen subtrees, with the groups above them as headings and no totals', () => {
    const lines = lkeLines(template('zi-2021').root, {
      firstRow: 0,
      totals: false,
      include: (node) => node.id === 'A.I.1.i' || node.id.startsWith('A.I.1.i.'),
    });
    expect(lines.map(idOf)).toEqual(['A', 'A.I', 'A.I.1', 'A.I.1.i', 'A.I.1.i.a', 'A.I.1.i.b']);
  });
});
