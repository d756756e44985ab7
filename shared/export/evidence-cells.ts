import type { RecordEvidence } from '../records/answer-record';
import { isSafeLink } from '../records/link-policy';

/** What the evidence of an item becomes in a workbook: a description cell and a list of links. */
export interface EvidenceCells {
  text: string;
  links: string[];
}

const URLS = /https?:\/\/[^\s"'<>]+/gi;
// A file kept inside the document cannot travel in a workbook: its line names it instead, and merging a
// pokja's file back keeps the stored file (the line is only a reminder).
const ATTACHMENT = /^\[lampiran: (.*)\]$/;

/**
 * The evidence of an item as the official workbooks hold it: the descriptions one per line, and the
 * links (the first as the cell's hyperlink). A file stored in the document is named as
 * "[lampiran: NAME]".
 */
export function evidenceToCells(evidence: readonly RecordEvidence[]): EvidenceCells {
  const lines: string[] = [];
  const links: string[] = [];
  for (const piece of evidence) {
    if (piece.text) lines.push(piece.text);
    if (piece.attachment) lines.push(`[lampiran: ${piece.attachment.fileName}]`);
    // A link the policy refuses (kept from an older document) is written as text, never as a link.
    if (piece.url && !isSafeLink(piece.url)) lines.push(piece.url);
    else if (piece.url && !links.includes(piece.url)) links.push(piece.url);
  }
  return { text: lines.join('\n'), links };
}

/** Evidence in one cell (the 2026 upload sheet has no link column): descriptions, then the links. */
export function evidenceToText(evidence: readonly RecordEvidence[]): string {
  const cells = evidenceToCells(evidence);
  return [cells.text, ...cells.links].filter(Boolean).join('\n');
}

/**
 * Evidence read back from a workbook's cells, as the importer reads it: the description with the first
 * link, then the other links. Attachment lines are dropped and the attachments of `kept` (the item's
 * evidence in the document) carried over, since a workbook cannot hold files.
 */
export function evidenceFromCells(
  cells: EvidenceCells,
  kept: readonly RecordEvidence[] = [],
): RecordEvidence[] {
  const text = cells.text
    .split(/\r?\n/)
    .filter((line) => !ATTACHMENT.test(line.trim()))
    .join('\n')
    .trim();
  const links = [...new Set(cells.links.flatMap((l) => l.match(URLS) ?? []))];
  if (!links.length && text) links.push(...new Set(text.match(URLS) ?? []));
  const attachments = kept.filter((e) => e.attachment).map((e) => ({ attachment: e.attachment }));
  const [first, ...rest] = links;
  const main =
    text || first ? [{ ...(text && text !== first ? { text } : {}), ...(first ? { url: first } : {}) }] : [];
  return [...main, ...rest.map((url) => ({ url })), ...attachments] as RecordEvidence[];
}

/** Whether two evidence lists look the same in a workbook (and so need no writing). */
export function sameEvidenceCells(a: EvidenceCells, b: EvidenceCells): boolean {
  return a.text.trim() === b.text.trim() && a.links.join('\n') === b.links.join('\n');
}

/**
 * How many files stored in the document its exports can only name: a workbook carries links, not
 * files. Null when there are none.
 */
export function attachmentsNotice(records: ReadonlyMap<string, { evidence: readonly RecordEvidence[] }>) {
  let count = 0;
  for (const record of records.values()) count += record.evidence.filter((e) => e.attachment).length;
  return count ? { code: 'export.attachmentsNamed', params: { count } } : null;
}
