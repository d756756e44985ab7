import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { builtinTemplate } from '../../shared/builtin-templates';
import { seededRandom } from '../../shared/random';
import { kindOf } from '../../shared/answers/kinds';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { indexTemplate } from '../../shared/template/template-index';
import { readCells } from '../fixtures/workbooks/libreoffice-oracle';
import type { Workbench } from './support/workbench';
import { expectTotal, screenshot, startWorkbench, totalText } from './support/workbench';

const template = builtinTemplate('zi-2021');
if (!template) throw new Error('zi-2021 is missing');
const index = indexTemplate(template);
const POKJAS = ['Pokja Manajemen Perubahan', 'Pokja Pengawasan'];

/** A unit of our own invention, answered at random (seeded) with answers of level `level` or below. */
function answers(seed: number, level: number): Record<string, Partial<AnswerRecord>> {
  const random = seededRandom(seed);
  const records: Record<string, Partial<AnswerRecord>> = {};
  for (const answerable of index.answerableOrder) {
    const type = answerable.type;
    const pokja = POKJAS[Math.floor(random() * POKJAS.length)] ?? null;
    if (type.kind === 'choice') {
      const sorted = [...type.options].sort((a, b) => a.value - b.value);
      const top = Math.max(0, Math.floor(level * (sorted.length - 1)));
      records[answerable.id] = { answer: sorted[Math.floor(random() * (top + 1))]?.key ?? null, pokja };
    } else if (type.kind === 'count') {
      records[answerable.id] = { answer: 1 + Math.floor(random() * 10), pokja };
    } else if (type.kind === 'number') {
      records[answerable.id] = { answer: Math.round(random() * type.max * level * 100) / 100, pokja };
    } else {
      records[answerable.id] = { answer: kindOf(type).trialAnswer(type, random), pokja };
    }
  }
  return records;
}

describe('the coordinator: a portfolio of units and a plan for +10 points', () => {
  let wb: Workbench;
  const folder = mkdtempSync(join(tmpdir(), 'rbw-units-'));
  const units = [
    { file: 'dinas-a.rbw', unit: 'Dinas A', seed: 1, level: 1 },
    { file: 'dinas-b.rbw', unit: 'Dinas B', seed: 2, level: 0.6 },
    { file: 'dinas-c.rbw', unit: 'Dinas C', seed: 3, level: 0.4 },
  ];

  beforeAll(async () => {
    for (const u of units) {
      await createDocument(join(folder, u.file), {
        template: template,
        records: answers(u.seed, u.level),
        metadata: { agency: 'Kota Contoh', unit: u.unit, year: 2026 },
        author: 'Uji E2E',
      });
    }
    wb = await startWorkbench(join(folder, 'dinas-a.rbw'));
    wb.files.grantFolder(folder);
    await wb.page.locator('.doc-title').filter({ hasText: 'dinas-a.rbw' }).waitFor();
  }, 120_000);
  afterAll(async () => wb?.close());

  it('lists the units of a folder with the distribution and the area heat map, and opens one from its row', async () => {
    const { page } = wb;
    await page.getByTestId('open-portfolio').click();
    const table = page.getByTestId('portfolio-table');
    await table.locator('tbody tr').nth(2).waitFor({ timeout: 60_000 });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    // Ranked by total: the unit answered best first.
    expect(rows[0]).toContain('Dinas A');
    expect(rows[2]).toContain('Dinas C');
    expect(await page.getByTestId('heat-map').locator('tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="portfolio"] .recharts-bar-rectangle').count()).toBeGreaterThan(
      0,
    );
    await screenshot(page, '20-portfolio');

    // The rekap workbook, downloaded: the units in the same order, each with the total the table shows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('portfolio-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rekap-.*\.xlsx$/);
    const saved = join(folder, 'downloaded-rekap.xlsx');
    await download.saveAs(saved);
    const cells = readCells([
      { file: saved, sheet: 'Rekap', cells: ['B6', 'B7', 'B8', 'E6', 'E7', 'E8', 'F6'] },
    ])[saved] as Record<string, unknown>;
    expect([cells.B6, cells.B7, cells.B8]).toEqual(['Dinas A', 'Dinas B', 'Dinas C']);
    for (const [i, row] of [6, 7, 8].entries()) {
      const shown = (cells[`E${row}`] as number).toFixed(2).replace('.', ',');
      expect(rows[i], `row ${row}`).toContain(shown);
    }
    expect(rows[0]).toContain(cells.F6 as string);
    await page.getByTestId('portfolio-exported').waitFor();
    await screenshot(page, '20b-portfolio-rekap-exported');
    await page.getByTestId('unit-dinas-c.rbw').click();
    await page.locator('.doc-title').filter({ hasText: 'dinas-c.rbw' }).waitFor();
  }, 120_000);

  it('makes a plan for +10 points and applies it: the total reaches what the plan predicted', async () => {
    const { page } = wb;
    const before = Number((await totalText(page)).replace(/\./g, '').replace(',', '.'));
    await page.getByTestId('open-planner').click();
    await page.getByTestId('plan-target').fill('+10');
    // An effort entry that cannot be read is named, and nothing is planned.
    await page.getByTestId('plan-effort').fill('A.I.2=dua');
    await page.getByTestId('plan-make').click();
    await page.locator('[data-testid="planner"] .error').filter({ hasText: 'A.I.2=dua' }).waitFor();
    // Manajemen Perubahan (A.I.1) may not change; Penataan Tatalaksana costs twice per step.
    await page.getByTestId('plan-lock').fill('A.I.1');
    await page.getByTestId('plan-effort').fill('A.I.2=2');
    await page.getByTestId('plan-make').click();
    const result = page.getByTestId('plan-result');
    await result.waitFor({ timeout: 90_000 });
    const codes = await result.locator('tbody tr:not(.plan-group) td:first-child').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => c.startsWith('A.I.1.'))).toEqual([]);
    const headline = (await result.locator('p').first().textContent()) ?? '';
    const predicted = /→ ([\d.,]+)/.exec(headline)?.[1] as string;
    expect(Number(predicted.replace(/\./g, '').replace(',', '.'))).toBeGreaterThanOrEqual(
      before + 10 - 0.005,
    );
    expect(await result.locator('.plan-group').count()).toBeGreaterThan(0);
    await screenshot(page, '21-planner');

    // The same plan as a "Rencana Aksi" workbook: one row per change, in the order shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export').click(),
    ]);
    const saved = join(folder, 'rencana-aksi.xlsx');
    await download.saveAs(saved);
    const rows = codes.map((_, i) => 7 + i);
    const sheet = readCells([
      { file: saved, sheet: 'Rencana Aksi', cells: ['C6', ...rows.map((r) => `C${r}`)] },
    ])[saved] as Record<string, unknown>;
    expect(sheet.C6).toBe('Kode');
    expect(rows.map((r) => sheet[`C${r}`]).sort()).toEqual([...codes].sort());
    await page.getByTestId('plan-apply').click();
    await expectTotal(page, predicted, 30_000);
    await screenshot(page, '22-plan-applied');
  }, 180_000);
});
