import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import { tempFolder } from '../documents/support';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import type { FillingLayout } from './random-fillings';
import { fillingLayout, writeFillings } from './random-fillings';

const ZI = join(referenceDir, 'workbooks', 'lke-zi-2021-filled.xlsx');
const RB = join(referenceDir, 'workbooks', 'lke-rb-2015-bps.xlsx');
const root = tempFolder();
const units = join(root, 'units');
const cache = join(root, 'cache');

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, ...(['set', 'new'].includes(argv[0] ?? '') ? ['--author=tester'] : [])], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The regulation's categories (Indeks RB), on the total as shown with two decimals. */
function category(total: number): string {
  const shown = Math.round(total * 100) / 100;
  if (shown > 90) return 'AA';
  if (shown > 80) return 'A';
  if (shown > 70) return 'BB';
  if (shown > 60) return 'B';
  if (shown > 50) return 'CC';
  if (shown > 30) return 'C';
  return 'D';
}

/** LibreOffice's total of each filled workbook, by file name. */
const expected = new Map<string, number>();

describe('rbw portfolio over random fillings of the real ZI and RB workbooks', () => {
  beforeAll(async () => {
    const made: { files: string[]; layout: FillingLayout }[] = [];
    for (const [source, seeds] of [
      [ZI, [11, 12, 13, 14, 15]],
      [RB, [21, 22, 23]],
    ] as const) {
      const layout = await fillingLayout(source);
      made.push({ files: await writeFillings(source, layout, units, seeds), layout });
    }
    for (const { files, layout } of made) {
      const recalculated = await recalculate(files, join(root, 'recalculated'));
      const cells = readCells(
        recalculated.map((file) => ({ file, sheet: layout.sheet, cells: [layout.totalCell] })),
      );
      files.forEach((file, i) => {
        const value = cells[recalculated[i] as string]?.[layout.totalCell];
        if (typeof value !== 'number')
          throw new Error(`LibreOffice gave no total for ${file}: ${String(value)}`);
        expected.set(basename(file), value);
      });
    }
  }, 300_000);

  let first: Portfolio;
  it('lists every unit with the total LibreOffice computes, its category and the distribution', async () => {
    const run = await rbw('portfolio', units, '--json', '--cache', cache);
    expect(run.err).toBe('');
    first = JSON.parse(run.out) as Portfolio;
    expect(first.units).toHaveLength(expected.size);
    for (const unit of first.units) {
      const total = expected.get(unit.file) as number;
      expect(unit.total, unit.file).toBeCloseTo(total, 9);
      expect(unit.category, unit.file).toBe(category(total));
      expect(unit.rule).toBe('workbook');
      expect(unit.model).toBe(unit.file.startsWith('lke-zi') ? 'zi' : 'rb');
    }
    const distribution: Record<string, number> = { AA: 0, A: 0, BB: 0, B: 0, CC: 0, C: 0, D: 0 };
    for (const total of expected.values())
      distribution[category(total)] = (distribution[category(total)] ?? 0) + 1;
    expect(first.distribution).toEqual(distribution);
    // Ranked by total; the ZI units carry their predicates, the RB units last year's block.
    expect(first.units.map((u) => u.rank)).toEqual(first.units.map((_, i) => i + 1));
    expect(first.units.filter((u) => u.model === 'zi').every((u) => u.predicates.length === 2)).toBe(true);
    expect(first.units.filter((u) => u.model === 'rb').every((u) => u.priorTotal !== null)).toBe(true);
  }, 300_000);

  it('imports each workbook once (cached by content) and lists again from the stored scores', async () => {
    const cached = () => readdirSync(cache).map((f) => [f, statSync(join(cache, f)).mtimeMs] as const);
    const before = cached();
    expect(before.filter(([f]) => f.endsWith('.rbw'))).toHaveLength(expected.size);
    const again = JSON.parse((await rbw('portfolio', units, '--json', '--cache', cache)).out) as Portfolio;
    expect(again).toEqual(first);
    expect(cached()).toEqual(before);
  }, 300_000);

  it('writes the rekap workbook: each unit’s total and category, and the distribution LibreOffice counts', async () => {
    const rekap = join(root, 'rekap.xlsx');
    const run = await rbw('portfolio', units, '--cache', cache, '--out', rekap);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Rekap ditulis');
    const [recalculated] = await recalculate([rekap], join(root, 'rekap-recalculated'));
    const rows = Array.from({ length: expected.size }, (_, i) => 6 + i);
    const distributionCells = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'].flatMap((_, i) => [
      `A${4 + i}`,
      `B${4 + i}`,
    ]);
    const read = readCells([
      {
        file: rekap,
        sheet: 'Rekap',
        cells: ['B5', 'E5', 'F5', ...rows.flatMap((r) => [`C${r}`, `E${r}`, `F${r}`])],
      },
      { file: recalculated as string, sheet: 'Distribusi', cells: distributionCells },
    ]);
    const sheet = read[rekap] as Record<string, unknown>;
    expect([sheet.B5, sheet.E5, sheet.F5]).toEqual(['Unit', 'Nilai', 'Kategori']);
    const listed = new Map(
      rows.map((r) => [sheet[`C${r}`], { total: sheet[`E${r}`], category: sheet[`F${r}`] }]),
    );
    expect(listed.size).toBe(expected.size);
    for (const [file, total] of expected) {
      expect((listed.get(file)?.total as number) ?? NaN, file).toBeCloseTo(total, 9);
      expect(listed.get(file)?.category, file).toBe(category(total));
    }
    // COUNTIF over the Rekap's categories, as LibreOffice computes it, gives the distribution by hand.
    const counted = read[recalculated as string] as Record<string, unknown>;
    const byHand: Record<string, number> = {};
    for (const total of expected.values()) byHand[category(total)] = (byHand[category(total)] ?? 0) + 1;
    ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'].forEach((label, i) => {
      expect(counted[`A${4 + i}`]).toBe(label);
      expect(counted[`B${4 + i}`], label).toBe(byHand[label] ?? 0);
    });
  }, 300_000);

  it('shows a document’s new total after an edit, and names a file it cannot read in one line', async () => {
    const doc = join(units, 'dinas-contoh.rbw');
    expect((await rbw('new', '--template', 'zi-2021', '--out', doc, '--agency', 'Dinas Contoh')).code).toBe(
      0,
    );
    await rbw('set', doc, 'A.I.1.i.a', 'Ya');
    const listed = JSON.parse((await rbw('portfolio', units, '--json', '--cache', cache)).out) as Portfolio;
    const unit = listed.units.find((u) => u.file === 'dinas-contoh.rbw');
    expect(unit).toMatchObject({ unit: 'Dinas Contoh', rule: 'standard', incomplete: true });
    expect(unit?.total).toBeCloseTo(0.5, 9); // Ya in a sub-area of weight 0,5
    await rbw('set', doc, 'A.I.1.i.b', 'C');
    const edited = JSON.parse((await rbw('portfolio', units, '--json', '--cache', cache)).out) as Portfolio;
    // (Ya 1 + C 0) ÷ 2 × 0,5
    expect(edited.units.find((u) => u.file === 'dinas-contoh.rbw')?.total).toBeCloseTo(0.25, 9);
    const broken = join(units, 'rusak.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(broken, 'bukan workbook');
    const run = await rbw('portfolio', units, '--cache', cache);
    expect(run.code).toBe(0);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toContain('rusak.xlsx');
    expect(run.out).toContain('Dinas Contoh');
  }, 300_000);
});
