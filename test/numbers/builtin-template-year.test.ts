import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../documents/support';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { runRbw } from '../hardening/run-rbw';

const DERIVED = join(referenceDir, 'workbooks', 'derived');

/** Writes cells into a copy of a workbook with openpyxl (Debian's python3), independent of the workbench. */
function writeCells(source: string, target: string, sheet: string, cells: Record<string, string | number>) {
  const script = [
    'import json, sys, openpyxl',
    'args = json.loads(sys.argv[1])',
    "wb = openpyxl.load_workbook(args['source'])",
    "ws = wb[args['sheet']]",
    "for ref, value in args['cells'].items(): ws[ref] = value",
    "wb.save(args['target'])",
  ].join('\n');
  execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify({ source, target, sheet, cells })]);
}

/**
 * Issue 22: the ministry's ZI 2021 export template (no score formulas) is scored through the built-in
 * template of its own year and model — ZI 2021, not the 2026 portal master — and its typed count
 * "Jumlah yang harus melaporkan (tidak wajib LHKPN)" is honoured as the official ZI 2021 sheet does.
 */
describe('a workbook scored through a built-in template', () => {
  const folder = tempFolder();

  it('is matched with ZI 2021, says so, and gives the official sheet’s total when a typed count differs from its breakdown', async () => {
    // The LHKASN count typed as 50 while its breakdown (2 + 27 + 7) adds up to 36.
    const export2021 = join(folder, 'kesdm-typed.xlsx');
    writeCells(join(DERIVED, 'lke-zi-2021-kesdm-randfill-s2.xlsx'), export2021, 'Jawaban', { K182: 50 });
    // The same answers in the official ZI 2021 sheet (SOURCES.md), where K185 is that typed count, with
    // its two defects set to the regulation's rule (J8's type "Ya", L175 averaging instead of adding).
    const official = join(folder, 'official-typed.xlsx');
    writeCells(join(DERIVED, 'ref-official-zi2021-sheet-with-kesdm-s2-answers.xlsx'), official, 'LKE ZI', {
      K185: 50,
      J8: 'Ya/Tidak',
      L175: '=L176+L183',
    });
    const [recalculated] = await recalculate([official], join(folder, 'lo'));
    const expected = readCells([{ file: recalculated as string, sheet: 'LKE ZI', cells: ['L208'] }])[
      recalculated as string
    ]?.L208 as number;
    expect(typeof expected).toBe('number');

    const json = await runRbw(['score', export2021, '--json']);
    expect(json.code).toBe(0);
    const scored = JSON.parse(json.stdout) as {
      templateId: string;
      templateTitle: string;
      exact: { standard: number };
    };
    expect(scored.templateId).toBe('zi-2021');
    expect(scored.templateTitle).toMatch(/2021/);
    expect(scored.exact.standard).toBeCloseTo(expected, 9);

    const text = await runRbw(['score', export2021]);
    expect(text.stdout.split('\n')[0]).toMatch(/template zi-2021/);
    expect(text.stdout).not.toMatch(/2026/);
  }, 180_000);
});
