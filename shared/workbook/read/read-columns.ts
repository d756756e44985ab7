import type { FoundHeader } from './find-header';
import type { ColumnParty, ColumnRole, HeaderLabel } from './header-labels';
import type { AnswerBlock, ColumnMap } from './layout';
import type { SheetData } from './sheet-data';
import { cellAt, textAt } from './sheet-data';

const URL_PATTERN = /https?:\/\/\S+/i;

export interface Labelled extends HeaderLabel {
  col: number;
  text: string;
}

export interface Block extends AnswerBlock {
  party: ColumnParty;
  prior?: boolean;
}

/**
 * Which column holds what, from the header labels, and for columns a user added without a header (the
 * ZI 2021 workbook's evidence descriptions in P and links in Q) from what their cells contain. Returns
 * null when no column holds the hierarchy.
 */
export function readColumns(header: FoundHeader): ColumnMap | null {
  const { sheet } = header;
  const labelled: Labelled[] = header.labels.flatMap((label, col) =>
    label ? [{ ...label, col, text: header.texts[col] ?? '' }] : [],
  );
  const firstData = header.last + 1;
  const dataCols = labelled.filter((l) => l.role !== 'hierarchy' && l.role !== 'number').map((l) => l.col);
  const firstDataCol = Math.min(...dataCols);
  const hierarchy = hierarchyColumns(sheet, labelled, firstDataCol, firstData);
  if (!hierarchy) return null;
  const shared = (role: ColumnRole): number | undefined =>
    labelled.find((l) => l.role === role && l.col > hierarchy.last)?.col;
  const blocks = answerBlocks(labelled);
  if (!blocks.length) return null;
  assignToBlocks(labelled, blocks);
  addUnlabelledEvidence(sheet, header, blocks, firstData);
  const number = labelled.find((l) => l.role === 'number' && l.col < hierarchy.first)?.col;
  return columnMap({
    hierarchy,
    chosen: chooseBlocks(blocks),
    number,
    weight: shared('weight'),
    type: shared('type'),
    shared,
  });
}

const optional = <K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, number>);

/**
 * The column map of a sheet once its columns are known: the hierarchy, the chosen answer blocks (the unit's,
 * last year's, the reviewers'), the number, weight and type columns, and the columns all blocks share
 * (guidance, %, pokja, status, target month) as `shared` finds them.
 */
export function columnMap(found: {
  hierarchy: ColumnMap['hierarchy'];
  chosen: ReturnType<typeof chooseBlocks>;
  number: number | undefined;
  weight: number | undefined;
  type: number | undefined;
  shared: (role: ColumnRole) => number | undefined;
}): ColumnMap {
  const { hierarchy, chosen, number, weight, type, shared } = found;
  const { unit, prior, reviewers } = chosen;
  const [reviewer, ...more] = reviewers;
  return {
    hierarchy,
    unit: plain(unit),
    ...optional('number', number),
    ...optional('weight', weight),
    ...optional('guidance', shared('guidance')),
    ...optional('type', type),
    ...optional('percent', shared('percent')),
    ...optional('pokja', shared('pokja')),
    ...optional('status', shared('status')),
    ...optional('targetMonth', shared('target')),
    ...(prior ? { prior: plain(prior) } : {}),
    ...(reviewer ? { reviewer: plain(reviewer) } : {}),
    ...(more.length ? { reviewers: more.map(plain) } : {}),
  };
}

function plain(block: Block): AnswerBlock {
  const { party: _party, prior: _prior, ...rest } = block;
  return rest;
}

/**
 * The numbering and title columns: those under a "Penilaian"/"Komponen" header, else everything left of
 * the first data column; a leading column of row numbers is left out.
 */
export function hierarchyColumns(
  sheet: SheetData,
  labelled: Labelled[],
  firstDataCol: number,
  firstData: number,
): { first: number; last: number } | null {
  // From the "Penilaian"/"Komponen" header (or the sheet's first column) to the first data column: titles
  // often stand right of a header that covers only the codes.
  const labelledCols = labelled
    .filter((l) => l.role === 'hierarchy' && l.col < firstDataCol)
    .map((l) => l.col);
  const start = labelledCols.length ? Math.min(...labelledCols) : 0;
  let cols = Array.from({ length: Math.max(0, firstDataCol - start) }, (_, i) => start + i);
  const numbers = new Set(labelled.filter((l) => l.role === 'number').map((l) => l.col));
  // Only leading columns can be row numbers: codes typed as numbers (1, 2, 3 for areas) stay hierarchy.
  while (
    cols.length &&
    (numbers.has(cols[0] as number) || isNumberColumn(sheet, cols[0] as number, firstData))
  ) {
    cols.shift();
  }
  cols = cols.filter((col) => !numbers.has(col) && hasText(sheet, col, firstData));
  if (!cols.length) return null;
  return { first: Math.min(...cols), last: Math.max(...cols) };
}

/** A column with a number on most rows below the header: the running row number, not the hierarchy. */
function isNumberColumn(sheet: SheetData, col: number, firstData: number): boolean {
  let numbers = 0;
  let rows = 0;
  for (let row = firstData; row < sheet.rows.length; row++) {
    if (!sheet.rows[row]?.some((cell) => cell && cell.value !== null && cell.value !== '')) continue;
    rows++;
    if (typeof cellAt(sheet, row, col)?.value === 'number') numbers++;
  }
  return rows > 0 && numbers / rows > 0.5;
}

function hasText(sheet: SheetData, col: number, firstData: number): boolean {
  for (let row = firstData; row < sheet.rows.length; row++) {
    if (typeof cellAt(sheet, row, col)?.value === 'string' && textAt(sheet, row, col)) return true;
  }
  return false;
}

function answerBlocks(labelled: Labelled[]): Block[] {
  return labelled
    .filter((l) => l.role === 'answer')
    .map((l) => ({
      label: l.text,
      answer: l.col,
      party: l.party,
      ...(l.year !== undefined ? { year: l.year } : {}),
      ...(l.prior ? { prior: true } : {}),
    }));
}

/**
 * Puts each value, note, evidence and link column into the answer block it belongs to: the same party
 * and year when the header says so, else the nearest answer column to its left.
 */
function assignToBlocks(labelled: Labelled[], blocks: Block[]): void {
  for (const column of labelled) {
    if (!['value', 'note', 'evidence', 'link'].includes(column.role)) continue;
    let candidates = blocks.filter((b) => b.party === column.party);
    if (column.year !== undefined) {
      const sameYear = candidates.filter((b) => b.year === column.year);
      if (sameYear.length) candidates = sameYear;
    }
    if (!candidates.length) candidates = blocks;
    const left = candidates.filter((b) => b.answer < column.col).sort((a, b) => b.answer - a.answer);
    const block = left[0] ?? candidates[0];
    const role = column.role as 'value' | 'note' | 'evidence' | 'link';
    if (block && block[role] === undefined) block[role] = column.col;
  }
}

/**
 * Columns without a header right of an answer block, filled by the unit: mostly links → the block's
 * link column; text next to a link column → its evidence descriptions.
 */
export function addUnlabelledEvidence(
  sheet: SheetData,
  header: Pick<FoundHeader, 'labels' | 'texts'>,
  blocks: Block[],
  firstData: number,
): void {
  const unit = blocks.filter((b) => b.party === 'unit').sort((a, b) => b.answer - a.answer)[0];
  if (!unit) return;
  const width = sheet.rows.reduce((max, r) => Math.max(max, r?.length ?? 0), 0);
  const used = new Set(blocks.flatMap((b) => [b.answer, b.value, b.note, b.evidence, b.link]));
  const free: { col: number; links: number; filled: number }[] = [];
  for (let col = unit.answer + 1; col < width; col++) {
    if (header.labels[col] || header.texts[col] || used.has(col)) continue;
    let links = 0;
    let filled = 0;
    for (let row = firstData; row < sheet.rows.length; row++) {
      const cell = cellAt(sheet, row, col);
      if (!cell || cell.formula || !textAt(sheet, row, col)) continue;
      filled++;
      if (cell.link || URL_PATTERN.test(String(cell.value))) links++;
    }
    if (filled >= 2) free.push({ col, links, filled });
  }
  const link = free.find((f) => f.links / f.filled > 0.5);
  if (link && unit.link === undefined) unit.link = link.col;
  const text = free.find(
    (f) => f !== link && f.links / f.filled <= 0.5 && link && Math.abs(f.col - link.col) === 1,
  );
  if (text && unit.evidence === undefined) unit.evidence = text.col;
}

/**
 * This year's unit block (the latest year, else the one not marked "tahun lalu", else the rightmost),
 * last year's (the next latest), and the reviewers' blocks of this year, left to right (a unit's TPI
 * before the ministry's).
 */
export function chooseBlocks(blocks: Block[]): { unit: Block; prior?: Block; reviewers: Block[] } {
  const order = (a: Block, b: Block): number =>
    (b.year ?? 0) - (a.year ?? 0) ||
    Number(a.prior ?? false) - Number(b.prior ?? false) ||
    b.answer - a.answer;
  const units = blocks.filter((b) => b.party === 'unit').sort(order);
  const all = blocks.filter((b) => b.party === 'reviewer').sort((a, b) => a.answer - b.answer);
  const unit = units[0] ?? (all.shift() as Block);
  const prior = units[1];
  const thisYear = all.filter((r) => r.year === undefined || r.year === unit.year);
  return { unit, ...(prior ? { prior } : {}), reviewers: thisYear.length ? thisYear : all.slice(0, 1) };
}
