import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { REAL_WORKBOOK } from '../../scripts/templates/reference';
import { tempFolder } from '../documents/support';

const folder = tempFolder();

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every hyperlink of a workbook as openpyxl reads it: sheet, cell, target, and what the cell shows. */
function hyperlinks(path: string): { sheet: string; cell: string; target: string; value: unknown }[] {
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'out = []',
    'for ws in wb.worksheets:',
    '    for row in ws.iter_rows():',
    '        for c in row:',
    '            if c.hyperlink is not None and c.hyperlink.target:',
    '                out.append({"sheet": ws.title, "cell": c.coordinate, "target": c.hyperlink.target, "value": c.value})',
    'print(json.dumps(out, default=str))',
  ].join('\n');
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as { sheet: string; cell: string; target: string; value: unknown }[];
}

// Two items, three links on A.I.1.i.a: a link and another in its description, then a second item.
const EVIDENCE = [
  'SK tim, salinan di https://dokumen.contoh.example/sk-salinan | https://dokumen.contoh.example/sk',
  'Notulen rapat tim | https://dokumen.contoh.example/notulen',
].join('\n');
const LINKS = [
  'https://dokumen.contoh.example/sk',
  'https://dokumen.contoh.example/sk-salinan',
  'https://dokumen.contoh.example/notulen',
];

describe('every evidence link is clickable in the exported workbook', () => {
  it('adds the sheet "Bukti Dukung" with one clickable row per link to the LKE export', async () => {
    const doc = join(folder, 'links.rbw');
    expect((await rbw('new', '--template', 'zi-2021', '--out', doc)).code).toBe(0);
    expect((await rbw('set', doc, 'A.I.1.i.a', 'Ya', '--evidence', EVIDENCE)).code).toBe(0);
    expect(
      (await rbw('set', doc, 'A.I.1.i.b', '--evidence', 'Surat edaran | https://dokumen.contoh.example/se'))
        .code,
    ).toBe(0);
    const out = join(folder, 'links.xlsx');
    expect((await rbw('export', doc, '--out', out)).code).toBe(0);

    const links = hyperlinks(out);
    const evidenceSheet = links.filter((l) => l.sheet === 'Bukti Dukung');
    expect(evidenceSheet.map((l) => l.target)).toEqual([...LINKS, 'https://dokumen.contoh.example/se']);
    // Each link is its own cell showing the link itself.
    expect(evidenceSheet.every((l) => l.value === l.target)).toBe(true);
    expect(new Set(evidenceSheet.map((l) => l.cell)).size).toBe(4);
    // The LKE sheet keeps its one hyperlink per question (the first link).
    const lke = links.filter((l) => l.sheet !== 'Bukti Dukung').map((l) => l.target);
    expect(lke).toEqual(['https://dokumen.contoh.example/sk', 'https://dokumen.contoh.example/se']);
  });

  it('gives a pokja’s file a "Bukti Dukung" of its own evidence, and the file still merges back', async () => {
    const doc = join(folder, 'pokja.rbw');
    expect((await rbw('new', '--template', 'zi-2021', '--out', doc)).code).toBe(0);
    expect(
      (await rbw('set', doc, 'A.I.1.i.a', 'Ya', '--evidence', EVIDENCE, '--pokja', 'Pokja 1')).code,
    ).toBe(0);
    const other =
      'Laporan | https://dokumen.contoh.example/laporan\nFoto | https://dokumen.contoh.example/foto';
    expect((await rbw('set', doc, 'A.II.6.i.a', '--evidence', other, '--pokja', 'Pokja 2')).code).toBe(0);
    const out = join(folder, 'pokja-1.xlsx');
    expect((await rbw('export', doc, '--pokja', 'Pokja 1', '--out', out)).code).toBe(0);
    const evidenceSheet = hyperlinks(out).filter((l) => l.sheet === 'Bukti Dukung');
    expect(evidenceSheet.map((l) => l.target)).toEqual(LINKS);
    // Read back as a pokja file: the untouched copy changes nothing.
    const merged = await rbw('merge', doc, out, '--dry-run', '--json');
    expect(merged.code, merged.err).toBe(0);
    expect(JSON.parse(merged.out)).toMatchObject({ changes: [], conflicts: [] });
  });

  it('adds no sheet while every question has at most one link', async () => {
    const doc = join(folder, 'one-link.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    await rbw('set', doc, 'A.I.1.i.b', '--evidence', 'Surat edaran | https://dokumen.contoh.example/se');
    const out = join(folder, 'one-link.xlsx');
    expect((await rbw('export', doc, '--out', out)).code).toBe(0);
    expect(hyperlinks(out).map((l) => [l.sheet, l.target])).toEqual([
      ['LKE ZI', 'https://dokumen.contoh.example/se'],
    ]);
  });

  it.skipIf(!existsSync(REAL_WORKBOOK))(
    'adds it to the workbook a document was imported from, the LKE sheet as it was',
    async () => {
      const doc = join(folder, 'real.rbw');
      expect((await rbw('import', REAL_WORKBOOK, '--out', doc)).code).toBe(0);
      expect((await rbw('set', doc, 'A.I.1.i.a', '--evidence', EVIDENCE)).code).toBe(0);
      const out = join(folder, 'real-out.xlsx');
      const exported = await rbw('export', doc, '--out', out);
      expect(exported.code).toBe(0);
      expect(exported.err + exported.out).toContain('Bukti Dukung');
      const links = hyperlinks(out);
      const evidenceSheet = links.filter((l) => l.sheet === 'Bukti Dukung');
      // The three links of A.I.1.i.a, then the links the workbook already had (openpyxl reads them there).
      expect(evidenceSheet.slice(0, 3).map((l) => l.target)).toEqual(LINKS);
      for (const link of LINKS) expect(links.some((l) => l.target === link)).toBe(true);
      // The original sheets are all still there, before ours.
      const original = hyperlinks(REAL_WORKBOOK).filter((l) => l.sheet !== 'Bukti Dukung');
      expect(evidenceSheet.length).toBeGreaterThan(3);
      expect(new Set(links.map((l) => l.sheet))).toEqual(
        new Set([...original.map((l) => l.sheet), 'Bukti Dukung']),
      );
      // Exported again from the same open workbook: still one sheet of ours.
      const again = join(folder, 'real-again.xlsx');
      expect((await rbw('export', doc, '--out', again)).code).toBe(0);
      expect(hyperlinks(again).filter((l) => l.sheet.startsWith('Bukti Dukung')).length).toBe(
        evidenceSheet.length,
      );
    },
    180_000,
  );
});
