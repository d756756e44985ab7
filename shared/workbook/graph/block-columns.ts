import { normaliseHeader, readHeaderLabel } from '../read/header-labels';
import type { HeaderLabel } from '../read/header-labels';
import type { ColumnMap } from '../read/layout';
import type { Block, Labelled } from '../read/read-columns';
import { addUnlabelledEvidence, chooseBlocks, columnMap, hierarchyColumns } from '../read/read-columns';
import type { SheetData } from '../read/sheet-data';
import { textAt } from '../read/sheet-data';
import type { FormulaBlock } from './structure';

const YEAR = /\b(19[5-9]\d|20\d{2})\b/;
const REVIEWER =
  /\b(tpi|apip|evaluator|penilai|inspektorat|reviu|reviewer|verifikasi|verifikator|itjen|pemeriksa)\b/;
const PRIOR = /\b(tahun lalu|sebelumnya|tahun sebelum)\b/;

/** The header as far as it was found: labels by column (null where a column has none). */
export interface HeaderGuide {
  first: number;
  last: number;
  texts: string[];
  labels: (HeaderLabel | null)[];
}

/** A formula block placed on the sheet: its columns from its formulas, its party and year from labels. */
export interface PlacedBlock {
  block: FormulaBlock;
  answer: Block;
  /** Columns the block owns, from its titles (when it repeats them) to the column before the next. */
  from: number;
  to: number;
}

/**
 * Which column holds what, from the formula blocks (answer, value, weight and answer-type columns are
 * the cells their formulas read, whatever the headers say) with the header as a guide for the columns
 * formulas do not read (notes, evidence, links, guidance, pokja, status, target) and for each block's
 * party and year (a label anywhere above a block's columns). Returns null when no column holds titles.
 */
export function columnsFromBlocks(
  sheet: SheetData,
  blocks: FormulaBlock[],
  header: HeaderGuide | null,
  firstRow: number,
): { columns: ColumnMap; placed: PlacedBlock[] } | null {
  const ordered = [...blocks].sort((a, b) => a.first - b.first);
  const leftmost = ordered[0];
  if (!leftmost) return null;
  const labels = header?.labels ?? [];
  const texts = header?.texts ?? [];
  const labelled: Labelled[] = labels.flatMap((label, col) =>
    label ? [{ ...label, col, text: texts[col] ?? '' }] : [],
  );
  const dataStart = Math.min(
    leftmost.first,
    ...labelled
      .filter((l) => ['guidance', 'type', 'weight'].includes(l.role) && l.col < leftmost.first)
      .map((l) => l.col),
  );
  const hierarchy = hierarchyColumns(sheet, labelled, dataStart, firstRow);
  if (!hierarchy) return null;
  const width = sheet.rows.reduce((max, r) => Math.max(max, r?.length ?? 0), 0);
  const placed = place(ordered, hierarchy, width);
  const aboveRows = header ? header.last : Math.max(0, firstRow - 1);
  for (const p of placed) describe(sheet, p, labelled, aboveRows, placed);
  const answerBlocks = placed.map((p) => p.answer);
  addLabelOnlyBlocks(labelled, placed, answerBlocks);
  assignLabelled(labelled, answerBlocks);
  addUnlabelledEvidence(sheet, { labels, texts }, answerBlocks, firstRow);
  const chosen = chooseBlocks(answerBlocks);
  const main = placed.find((p) => p.answer === chosen.unit);
  const shared = (role: Labelled['role']): number | undefined =>
    labelled.find((l) => l.role === role && l.col > hierarchy.last && (!main || inside(main, l.col)))?.col ??
    labelled.find((l) => l.role === role && l.col > hierarchy.last)?.col;
  const columns = columnMap({
    hierarchy,
    chosen,
    number: labelled.find((l) => l.role === 'number' && l.col < hierarchy.first)?.col,
    weight: main?.block.weight ?? shared('weight'),
    type: main?.block.type ?? shared('type'),
    shared,
  });
  return { columns, placed };
}

/**
 * The columns each block owns, for reading what is written above it. A block that repeats the titles of
 * the leftmost (two years side by side) owns its copy of them — the leftmost block's title columns
 * shifted by the distance between the two value columns — up to the next such block. A block sharing
 * the leftmost block's titles (a reviewer's answer and value columns among the unit's) owns only its
 * own answer and value columns.
 */
function place(
  ordered: FormulaBlock[],
  hierarchy: { first: number; last: number },
  width: number,
): PlacedBlock[] {
  const first = ordered[0] as FormulaBlock;
  const repeats = ordered.map((block, i) => {
    if (i === 0) return true;
    const titles = hierarchy.first + (block.value - first.value);
    const previous = ordered[i - 1] as FormulaBlock;
    return titles > previous.last && titles <= block.first;
  });
  const starts = ordered.map((block, i) =>
    i === 0 ? 0 : repeats[i] ? hierarchy.first + (block.value - first.value) : block.first,
  );
  return ordered.map((block, i) => {
    const answer = block.answer ?? block.value;
    const next = ordered.findIndex((_, j) => j > i && repeats[j]);
    return {
      block,
      answer: { label: '', answer, value: block.value, party: 'unit' as const },
      from: repeats[i] ? (starts[i] as number) : Math.min(answer, block.value),
      to: !repeats[i] ? Math.max(answer, block.value) : next < 0 ? width : (starts[next] as number) - 1,
    };
  });
}

function inside(placed: PlacedBlock, col: number): boolean {
  return col >= placed.from && col <= placed.to;
}

/**
 * A block's party and year from what is written above its columns (the header and the title rows), and
 * its note, evidence and link columns from the labelled columns it owns, right of its answer column.
 */
function describe(
  sheet: SheetData,
  placed: PlacedBlock,
  labelled: Labelled[],
  lastHeaderRow: number,
  others: PlacedBlock[],
): void {
  const block = placed.answer;
  const answerLabel = labelled.find((l) => l.col === block.answer);
  block.label = answerLabel?.text ?? textAt(sheet, lastHeaderRow, block.answer);
  // Columns that other blocks interleaved with this one own: their words are theirs.
  const theirs = (col: number): boolean =>
    others.some(
      (o) =>
        o !== placed &&
        col >= Math.min(o.answer.answer, o.block.value) &&
        col <= Math.max(o.answer.answer, o.block.value),
    );
  let year: number | undefined;
  let reviewer = answerLabel?.party === 'reviewer';
  let prior = answerLabel?.prior ?? false;
  for (let row = 0; row <= lastHeaderRow; row++) {
    for (let col = placed.from; col <= placed.to; col++) {
      if (theirs(col)) continue;
      const text = textAt(sheet, row, col);
      if (!text) continue;
      const normal = normaliseHeader(text);
      // The nearest label above the block wins ("PENILAIAN TAHUN 2014" under a title naming another year).
      const found = typeof sheet.rows[row]?.[col]?.value === 'string' ? YEAR.exec(text) : null;
      if (found) year = Number(found[1]);
      // The answer column's own header says whose answers these are; words elsewhere only when it is silent.
      if (!answerLabel && normal.length <= 60 && REVIEWER.test(normal)) reviewer = true;
      if (PRIOR.test(normal)) prior = true;
    }
  }
  if (answerLabel?.year !== undefined) year = answerLabel.year;
  block.party = reviewer ? 'reviewer' : 'unit';
  if (year !== undefined) block.year = year;
  if (prior) block.prior = true;
}

/**
 * Puts each labelled note, evidence and link column into the block it belongs to: a block of the party
 * its label names (and the year, when it names one), the nearest answer column to its left.
 */
function assignLabelled(labelled: Labelled[], blocks: Block[]): void {
  const used = new Set(blocks.flatMap((b) => [b.answer, b.value]));
  for (const column of labelled) {
    if (!['note', 'evidence', 'link'].includes(column.role) || used.has(column.col)) continue;
    let candidates = blocks.filter((b) => b.party === column.party);
    if (column.year !== undefined) {
      const sameYear = candidates.filter((b) => b.year === column.year);
      if (sameYear.length) candidates = sameYear;
    }
    if (!candidates.length) candidates = blocks;
    const left = candidates.filter((b) => b.answer < column.col).sort((a, b) => b.answer - a.answer);
    const block = left[0];
    const role = column.role as 'note' | 'evidence' | 'link';
    if (block && block[role] === undefined) block[role] = column.col;
  }
}

/**
 * Answer columns the header names but no formula tree of their own reads (a reviewer's "Jawaban TPI"
 * beside the unit's, scored row by row): kept as blocks with the labelled value, note and link columns.
 */
function addLabelOnlyBlocks(labelled: Labelled[], placed: PlacedBlock[], blocks: Block[]): void {
  const used = new Set(blocks.flatMap((b) => [b.answer, b.value, b.note, b.evidence, b.link]));
  for (const label of labelled) {
    if (label.role !== 'answer' || used.has(label.col) || label.party !== 'reviewer') continue;
    const owner = placed.find((p) => inside(p, label.col));
    const block: Block = {
      label: label.text,
      answer: label.col,
      party: 'reviewer',
      ...(label.year !== undefined
        ? { year: label.year }
        : owner?.answer.year !== undefined
          ? { year: owner.answer.year }
          : {}),
    };
    const next = labelled
      .filter((l) => l.role === 'answer' && l.col > label.col)
      .reduce((min, l) => Math.min(min, l.col), Infinity);
    for (const role of ['value', 'note', 'evidence', 'link'] as const) {
      const column = labelled.find(
        (l) => l.role === role && l.col > label.col && l.col < next && !used.has(l.col),
      );
      if (column) block[role] = column.col;
    }
    blocks.push(block);
  }
}

/** Header labels of one row range, for sheets where the header was found by its words. */
export function guideFrom(texts: string[], first: number, last: number): HeaderGuide {
  return { first, last, texts, labels: texts.map((t) => (t ? readHeaderLabel(t) : null)) };
}
