import type { Translate } from '../i18n/translator';
import type { Portfolio, PortfolioUnit } from './portfolio';

/** A cell of the rekap: a value, or a formula Excel computes (its result left to the reader). */
export type RekapCell = string | number | null | { formula: string };

/** How a column's numbers are shown: points with two decimals, or a share as a percentage. */
export type RekapFormat = 'points' | 'percent' | 'text';

export interface RekapSheet {
  name: string;
  /** Lines above the table (title, folder, date). */
  heading: RekapCell[][];
  header: string[];
  formats: RekapFormat[];
  rows: RekapCell[][];
  /** Colour the numbers of these columns as a heat map (red low, green high). */
  heat?: { from: number; to: number };
}

/** The sheet row (1-based) of a sheet's first table row: below its heading, a blank line and the header. */
export const tableStart = (sheet: Pick<RekapSheet, 'heading'>): number => sheet.heading.length + 3;

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

const predicateText = (unit: PortfolioUnit) =>
  unit.predicates
    .map(
      (p) =>
        `${p.id.toUpperCase()} ${p.pass.whole && p.pass.halves ? '✓' : p.pass.whole || p.pass.halves ? '½' : '✗'}`,
    )
    .join(' ');

/**
 * The rekap workbook of a portfolio, as sheets: "Rekap" (every unit ranked, with its total by its leading
 * rule and by the regulation's, category, completeness, reviewer, last year and the change, predicates and
 * the points to the next category), "Distribusi" (units per category, counted by COUNTIF over the Rekap's
 * category column so that a unit's category changed by hand is counted again) and one "Area" sheet per
 * model (each area's share of its weight per unit, coloured as a heat map).
 */
export function rekapSheets(portfolio: Portfolio, t: Translate, made: Date): RekapSheet[] {
  const heading: RekapCell[][] = [
    [t('portfolio.rekap.title')],
    [t('portfolio.rekap.folder'), portfolio.folder],
    [t('portfolio.rekap.made'), made.toISOString().slice(0, 10)],
  ];
  const rekap: RekapSheet = {
    name: t('portfolio.rekap.sheet'),
    heading,
    header: [
      t('portfolio.rekap.rank'),
      t('portfolio.unit'),
      t('portfolio.rekap.file'),
      t('portfolio.model'),
      t('portfolio.rekap.total'),
      t('portfolio.rekap.category'),
      t('portfolio.rekap.standard'),
      t('portfolio.rekap.completeness'),
      t('portfolio.rekap.reviewer'),
      t('portfolio.prior'),
      t('portfolio.change'),
      t('portfolio.predicates'),
      t('portfolio.rekap.next'),
      t('portfolio.rekap.missing'),
    ],
    formats: [
      'text',
      'text',
      'text',
      'text',
      'points',
      'text',
      'points',
      'percent',
      'points',
      'points',
      'points',
      'text',
      'text',
      'points',
    ],
    rows: portfolio.units.map((u) => [
      u.rank,
      u.unit,
      u.file,
      u.model,
      u.totalError === null ? u.total : t('portfolio.totalIncomplete', { error: u.totalError }),
      u.category,
      u.standardTotal,
      u.completeness,
      u.reviewerTotal,
      u.priorTotal,
      u.change,
      predicateText(u) || null,
      u.next?.category ?? null,
      u.next?.missing ?? null,
    ]),
  };
  // The Rekap's category is its sixth column.
  const first = tableStart(rekap);
  const last = first + Math.max(portfolio.units.length, 1) - 1;
  const categories = `'${rekap.name}'!$F$${first}:$F$${last}`;
  const distributionHeading: RekapCell[][] = [[t('portfolio.rekap.distributionTitle')]];
  const distribution: RekapSheet = {
    name: t('portfolio.rekap.distributionSheet'),
    heading: distributionHeading,
    header: [t('portfolio.rekap.category'), t('portfolio.rekap.units'), t('portfolio.rekap.share')],
    formats: ['text', 'text', 'percent'],
    rows: Object.keys(portfolio.distribution).map((category, i) => {
      const row = tableStart({ heading: distributionHeading }) + i;
      return [
        category,
        { formula: `COUNTIF(${categories},A${row})` },
        { formula: `IF(COUNTA(${categories})=0,0,B${row}/COUNTA(${categories}))` },
      ];
    }),
  };
  const byModel = new Map<string, PortfolioUnit[]>();
  for (const unit of portfolio.units) byModel.set(unit.model, [...(byModel.get(unit.model) ?? []), unit]);
  const areaSheets: RekapSheet[] = [...byModel].map(([model, units]) => {
    const areas = units.find((u) => u.areas.length)?.areas ?? [];
    return {
      name: sheetName(`${t('portfolio.rekap.areaSheet')} ${model.toUpperCase()}`),
      heading: [[t('portfolio.rekap.areaTitle', { model: model.toUpperCase() })]],
      header: [t('portfolio.unit'), t('portfolio.rekap.total'), ...areas.map((a) => `${a.id} ${a.title}`)],
      formats: ['text', 'points', ...areas.map((): RekapFormat => 'percent')],
      rows: units.map((u) => [
        u.unit,
        u.totalError === null ? u.total : t('portfolio.totalIncomplete', { error: u.totalError }),
        ...areas.map((a) => u.areas.find((x) => x.id === a.id)?.percent ?? null),
      ]),
      ...(areas.length ? { heat: { from: 3, to: areas.length + 2 } } : {}),
    };
  });
  return [rekap, distribution, ...areaSheets];
}
