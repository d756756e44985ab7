import type { AnswerRecord } from '../records/answer-record';
import { isSafeLink } from '../records/link-policy';
import type { TemplateIndex } from '../template/template-index';
import { evidenceToCells } from './evidence-cells';
import type { SheetPlan } from './sheet-plan';
import { listSheet, plannedRow, setCell } from './sheet-plan';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** One link of the evidence sheet: the question it belongs to, its item's description, the link. */
export interface EvidenceLink {
  id: string;
  title: string;
  text: string;
  url: string;
}

/**
 * Every link of every question's evidence, in the LKE's order, each with its item's description (a link
 * the link policy refuses is left out: it stays text in the LKE sheet).
 */
export function evidenceLinks(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
): EvidenceLink[] {
  const links: EvidenceLink[] = [];
  for (const indicator of index.indicatorOrder) {
    for (const piece of records.get(indicator.id)?.evidence ?? []) {
      for (const url of linksOf(piece.text, piece.url)) {
        links.push({ id: indicator.id, title: indicator.title, text: piece.text ?? '', url });
      }
    }
  }
  return links;
}

const URLS = /https?:\/\/[^\s"'<>]+/gi;

/** The links of one item: its link, then any written in its description. */
function linksOf(text: string | undefined, url: string | undefined): string[] {
  const all = [...(url ? [url] : []), ...(text?.match(URLS) ?? [])];
  return [...new Set(all)].filter(isSafeLink);
}

/**
 * Whether the LKE sheet leaves a link unclickable: an Excel cell holds one hyperlink, so a question
 * whose evidence has more than one link (several items, or links in a description) needs the sheet.
 */
export function needsEvidenceSheet(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
): boolean {
  return index.indicatorOrder.some((indicator) => {
    const evidence = records.get(indicator.id)?.evidence ?? [];
    const links = new Set([
      ...evidenceToCells(evidence).links,
      ...evidence.flatMap((e) => linksOf(e.text, e.url)),
    ]);
    return links.size > 1;
  });
}

const WIDTHS = [16, 50, 50, 60];

/**
 * The sheet "Bukti Dukung": one row per evidence link, clickable (an Excel cell holds one hyperlink, so
 * the LKE sheet's evidence cell can make only its first link one). The LKE sheet keeps every link as
 * text; this sheet is where each is clicked.
 */
export function planEvidenceSheet(links: readonly EvidenceLink[], t: Translate): SheetPlan {
  const plan = listSheet(
    t('evidenceSheet.sheet'),
    WIDTHS.map((width, col) => ({ col, width, ...(col > 0 ? { wrap: true } : {}) })),
    (['code', 'question', 'text', 'link'] as const).map((key) => t(`evidenceSheet.columns.${key}`)),
  );
  links.forEach((link, i) => {
    const row = plannedRow(i + 1, 'plain');
    setCell(row, 0, { value: link.id });
    setCell(row, 1, { value: link.title, format: 'text' });
    if (link.text) setCell(row, 2, { value: link.text, format: 'text' });
    setCell(row, 3, { value: link.url, link: link.url, format: 'text' });
    plan.rows.push(row);
  });
  return plan;
}
