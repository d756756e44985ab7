import { describe, expect, it } from 'vitest';
import type { RecordEvidence } from '../records/answer-record';
import { evidenceFromCells, evidenceToCells, evidenceToText, sameEvidenceCells } from './evidence-cells';

const SK = 'https://drive.example/sk';
const NOTULEN = 'https://drive.example/notulen';
const file = { id: 'a'.repeat(64), fileName: 'SK Tim.pdf', size: 10 };

describe('evidence in workbook cells', () => {
  it('writes a description with its links as the official sheet holds them, and reads them back the same', () => {
    const evidence: RecordEvidence[] = [{ text: 'SK Tim\nNotulen rapat', url: SK }, { url: NOTULEN }];
    const cells = evidenceToCells(evidence);
    expect(cells).toEqual({ text: 'SK Tim\nNotulen rapat', links: [SK, NOTULEN] });
    expect(evidenceFromCells(cells)).toEqual(evidence);
  });

  it('joins several descriptions one per line: the sheet has one description cell per row', () => {
    const cells = evidenceToCells([
      { text: 'SK Tim', url: SK },
      { text: 'Notulen', url: NOTULEN },
    ]);
    expect(evidenceFromCells(cells)).toEqual([{ text: 'SK Tim\nNotulen', url: SK }, { url: NOTULEN }]);
  });

  it('names a stored file and keeps it when the cells come back, since a workbook cannot carry it', () => {
    const evidence: RecordEvidence[] = [{ text: 'SK Tim', url: SK }, { attachment: file }];
    const cells = evidenceToCells(evidence);
    expect(cells.text).toBe('SK Tim\n[lampiran: SK Tim.pdf]');
    expect(
      evidenceFromCells({ ...cells, text: 'SK Tim (revisi)\n[lampiran: SK Tim.pdf]' }, evidence),
    ).toEqual([{ text: 'SK Tim (revisi)', url: SK }, { attachment: file }]);
  });

  it('puts the links under the descriptions in a sheet without a link column (the 2026 upload)', () => {
    expect(evidenceToText([{ text: 'SK Tim', url: SK }, { url: NOTULEN }])).toBe(`SK Tim\n${SK}\n${NOTULEN}`);
    expect(evidenceFromCells({ text: `SK Tim\n${SK}`, links: [] })).toEqual([
      { text: `SK Tim\n${SK}`, url: SK },
    ]);
  });

  it('sees cells that differ only in surrounding spaces as unchanged', () => {
    expect(sameEvidenceCells({ text: ' SK Tim\n', links: [SK] }, { text: 'SK Tim', links: [SK] })).toBe(true);
    expect(sameEvidenceCells({ text: 'SK Tim', links: [SK] }, { text: 'SK Tim', links: [NOTULEN] })).toBe(
      false,
    );
  });
});
