import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { tempFolder } from '../documents/support';
import { readCells } from '../fixtures/workbooks/libreoffice-oracle';

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, ...(['set', 'new'].includes(argv[0] ?? '') ? ['--author=tester'] : [])], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('rbw plan --out: the plan as a "Rencana Aksi" sheet', () => {
  it('writes every change grouped by pokja, as openpyxl reads it', async () => {
    const folder = tempFolder();
    const doc = join(folder, 'lke.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    // One sub-area (Penyusunan Tim Kerja, weight 0,5): Ya and C give (1 + 0) ÷ 2 × 0,5 = 0,25.
    await rbw('set', doc, 'A.I.1.i.a', 'Ya', '--pokja', 'Pokja 1');
    await rbw('set', doc, 'A.I.1.i.b', 'C', '--pokja', 'Pokja 1');
    // Only Pokja 1's questions may change: C → A is the only way to +0,25.
    const out = join(folder, 'rencana-aksi.xlsx');
    const run = await rbw('plan', doc, '--target', '+0,25', '--pokja', 'Pokja 1', '--out', out);
    expect(run.err).toBe('');
    expect(run.out).toContain('rencana-aksi.xlsx');
    const cells = readCells([
      {
        file: out,
        sheet: 'Rencana Aksi',
        cells: ['A1', 'B3', 'B4', 'B6', 'A7', 'B7', 'C7', 'E7', 'F7', 'G7', 'H7', 'A8'],
      },
    ])[out] as Record<string, unknown>;
    expect(cells).toMatchObject({
      A1: 'Rencana Aksi',
      B6: 'Pokja',
      A7: 1,
      B7: 'Pokja 1',
      C7: 'A.I.1.i.b',
      E7: 'C',
      F7: 'A',
      H7: 2,
      A8: null,
    });
    expect(cells.B3).toBeCloseTo(0.25, 9);
    expect(cells.B4).toBeCloseTo(0.5, 9);
    expect(cells.G7).toBeCloseTo(0.25, 9);
  });
});
