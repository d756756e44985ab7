import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../builtin-templates';
import { indexTemplate } from '../template/template-index';
import type { Indicator } from '../template/template-schema';
import { countOverWhole, countOverWholeProblem } from './count-over-whole';

const template = builtinTemplate('zi-2021');
if (!template) throw new Error('zi-2021 is missing');
const index = indexTemplate(template);
const indicator = (id: string): Indicator => {
  const found = index.indicators.get(id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
};
const answers = (values: Record<string, number | string>) => (id: string) => values[id];

// ZI 2021, A.II.5.ii.a "Persentase penanganan pengaduan masyarakat": .1 must be followed up, .2 in
// process, .3 followed up; the share is .3 ÷ .1, at most 100%.
describe('a count above its whole', () => {
  it('flags "selesai 40" against "harus 10", naming both counts', () => {
    const over = countOverWhole(
      indicator('A.II.5.ii.a'),
      answers({ 'A.II.5.ii.a.1': 10, 'A.II.5.ii.a.2': 0, 'A.II.5.ii.a.3': 40 }),
    );
    expect(over).toEqual({
      indicatorId: 'A.II.5.ii.a',
      part: { label: 'Jumlah pengaduan masyarakat yang selesai ditindaklanjuti', value: 40 },
      whole: { label: 'Jumlah pengaduan masyarakat yang harus ditindaklanjuti', value: 10 },
    });
    expect(over && countOverWholeProblem(over, 'lke.rbw')).toEqual({
      code: 'counts.overWhole',
      params: {
        part: 'Jumlah pengaduan masyarakat yang selesai ditindaklanjuti',
        partCount: '40',
        whole: 'Jumlah pengaduan masyarakat yang harus ditindaklanjuti',
        wholeCount: '10',
      },
      where: { file: 'lke.rbw', field: 'A.II.5.ii.a' },
    });
  });

  it('says nothing when the part is at most its whole, or a count is still missing', () => {
    const complaints = indicator('A.II.5.ii.a');
    expect(
      countOverWhole(complaints, answers({ 'A.II.5.ii.a.1': 10, 'A.II.5.ii.a.2': 0, 'A.II.5.ii.a.3': 10 })),
    ).toBeNull();
    expect(countOverWhole(complaints, answers({ 'A.II.5.ii.a.1': 10, 'A.II.5.ii.a.3': 40 }))).toBeNull();
    // Not a derived row at all.
    expect(countOverWhole(indicator('A.I.1.i.a'), answers({}))).toBeNull();
  });

  it('flags a part above a whole of 0, and adds up a whole of several counts', () => {
    expect(
      countOverWhole(
        indicator('A.II.5.ii.a'),
        answers({ 'A.II.5.ii.a.1': 0, 'A.II.5.ii.a.2': 0, 'A.II.5.ii.a.3': 3 }),
      )?.whole.value,
    ).toBe(0);
    // LHKPN: the whole is head of unit + officials obliged + others (2 + 5 + 1 = 8); 9 reported.
    const lhkpn = countOverWhole(
      indicator('A.II.5.iii.i.a'),
      answers({ 'A.II.5.iii.i.a.1': 2, 'A.II.5.iii.i.a.2': 5, 'A.II.5.iii.i.a.3': 1, 'A.II.5.iii.i.a.4': 9 }),
    );
    expect(lhkpn?.whole).toEqual({
      label: 'Kepala satuan kerja + Pejabat yang diwajibkan menyampaikan LHKPN + Lainnya',
      value: 8,
    });
    expect(lhkpn?.part.value).toBe(9);
  });

  it('never flags a fall in violations (last year − this year of last year)', () => {
    expect(
      countOverWhole(
        indicator('A.II.3.iii.a'),
        answers({ 'A.II.3.iii.a.1': 5, 'A.II.3.iii.a.2': 0, 'A.II.3.iii.a.3': 0 }),
      ),
    ).toBeNull();
  });
});
