import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import type { Workbench } from './support/workbench';
import { cell, cellShows, screenshot, startWorkbench, totalText } from './support/workbench';
import { SKM_QUESTIONS } from '../survey/skm-questionnaire';

const IPAK_HEADERS = [
  'Timestamp',
  'Jenis Layanan',
  'Petugas memberikan pelayanan tanpa diskriminasi',
  'Tidak ada kecurangan pelayanan (di luar prosedur)',
  'Petugas tidak menerima imbalan atau gratifikasi',
  'Tidak ada praktik percaloan',
  'Tidak ada pungutan liar',
];

const SKM_HEADERS = ['Timestamp', ...SKM_QUESTIONS];

describe('the survey dialog', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(null);
    await wb.page.getByTestId('welcome-sample').click();
    await wb.page.locator('.doc-title').filter({ hasText: 'Dinas Contoh' }).waitFor();
    // 40 respondents on the 1–4 scale: 20 answer 4 everywhere, 20 answer 3 everywhere → IPAK 3,50.
    const lines = [IPAK_HEADERS.map((h) => `"${h}"`).join(',')];
    for (let r = 0; r < 40; r++) {
      const value = r < 20 ? 'Tidak pernah' : 'Jarang';
      lines.push(
        [`0${1 + (r % 9)}/06/2026 09:00:00`, r % 2 ? 'KTP' : 'KK', value, value, value, value, value].join(
          ',',
        ),
      );
    }
    writeFileSync(join(wb.dataDir, 'spak-2026.csv'), lines.join('\n'));
    // An SKM held in the sample's year (2021): 3 respondents answering 4 to the nine elements.
    const skm = [SKM_HEADERS.map((h) => `"${h}"`).join(',')];
    for (const day of ['15/03/2021', '16/03/2021', '17/03/2021'])
      skm.push([`${day} 10:00:00`, ...SKM_HEADERS.slice(1).map(() => 4)].join(','));
    writeFileSync(join(wb.dataDir, 'skm-2021.csv'), skm.join('\n'));
  });
  afterAll(async () => wb?.close());

  it('imports an IPAK after the column match is confirmed, binds it, and the LKE takes its value', async () => {
    const { page } = wb;
    await page.getByTestId('tree-B.I').click();
    const before = await totalText(page);
    await page.getByTestId('survey-open').click();
    const dialog = page.getByTestId('survey-dialog');
    await dialog.waitFor();
    await page.getByTestId('survey-path').fill(join(wb.dataDir, 'spak-2026.csv'));
    await page.getByTestId('survey-kind').selectOption('ipak');
    await page.getByTestId('survey-read').click();
    const preview = page.getByTestId('survey-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('40 responden terbaca');
    expect(await preview.textContent()).toContain('Pungutan liar');
    await screenshot(page, '60-survey-match');
    expect(await checkAccessibility(page, 'survey match')).toEqual([]);
    await page.getByTestId('survey-accept').click();
    const card = page.getByTestId('survey-IPAK');
    await card.getByTestId('survey-index').filter({ hasText: '3,50' }).waitFor();
    expect(await card.getByTestId('survey-minimums').textContent()).toBe(
      'Batas minimal survei: WBK 3,60, WBBM 3,60',
    );
    expect(await card.textContent()).toContain('di bawah minimum');
    await card.getByTestId('survey-bind-target').selectOption('B.I.a');
    await card.getByTestId('survey-bind').click();
    await card.getByTestId('survey-bound').waitFor();
    await screenshot(page, '61-survey-card');
    expect(await checkAccessibility(page, 'survey card')).toEqual([]);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    // The grid shows 3,50 for B.I.a, marked as coming from the survey.
    await cellShows(page, 'B.I.a', 'answer', '3,50');
    expect(await cell(page, 'B.I.a', 'answer').getAttribute('class')).toContain('from-survey');
    expect(await totalText(page)).not.toBe(before);
    // The tree marks the part holding it: the survey, its respondents, the last day answered.
    expect(await page.getByTestId('tree-survey-B.I').textContent()).toBe(
      'dari survei IPAK: 40 responden, 2026-06-09',
    );
    await screenshot(page, '62-survey-grid');
  });

  it('suggests the answer to how often the SKM was held, applied only on the click, as one undo step', async () => {
    const { page } = wb;
    await page.getByTestId('survey-open').click();
    const dialog = page.getByTestId('survey-dialog');
    await dialog.waitFor();
    // Chosen in the browser (uploaded), not typed as a path.
    await page.getByTestId('survey-upload').setInputFiles(join(wb.dataDir, 'skm-2021.csv'));
    await page.getByTestId('survey-kind').selectOption('skm');
    await page.getByTestId('survey-name').fill('SKM 2021');
    await page.getByTestId('survey-read').click();
    await page.getByTestId('survey-preview').waitFor();
    await screenshot(page, '63-survey-upload');
    await page.getByTestId('survey-accept').click();
    // One SKM with respondents in 2021 (the sample's year): "minimal 1 kali dalam setahun" = D.
    const suggestion = page.getByTestId('survey-suggestion-A.I.6.iv.a');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain('1 survei SKM dengan responden bertanggal tahun 2021');
    const button = suggestion.getByTestId('survey-suggestion-apply');
    expect(await button.textContent()).toBe('Terapkan D');
    await screenshot(page, '64-survey-suggestion');
    expect(await checkAccessibility(page, 'survey suggestion')).toEqual([]);
    await button.click();
    await button.filter({ hasText: 'Sudah D' }).waitFor();
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await page.getByTestId('tree-A.I.6').click();
    await cellShows(page, 'A.I.6.iv.a', 'answer', 'D');
    await page.keyboard.press('Control+z');
    // Undone in one step: the sample's own answer (A) is back.
    await cellShows(page, 'A.I.6.iv.a', 'answer', 'A');
  });
});
