import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { RecordEvidence } from '../../shared/records/answer-record';
import { EvidenceCell } from './EvidenceCell';
import type { GridRow } from './grid-rows';

/** The cell's HTML for a row holding `evidence`. */
const cellHtml = (evidence: RecordEvidence[]): string =>
  renderToStaticMarkup(
    createElement(EvidenceCell, {
      data: { kind: 'indicator', record: { ...EMPTY_RECORD, evidence } } as unknown as GridRow,
    } as CustomCellRendererProps<GridRow>),
  );

describe('evidence on the screen', () => {
  it('shows http, https and mailto links as links', () => {
    const html = cellHtml([
      { text: 'SK Tim', url: 'https://drive.example/sk' },
      { url: 'mailto:tim@example.go.id' },
    ]);
    expect(html).toContain('<a href="https://drive.example/sk"');
    expect(html).toContain('<a href="mailto:tim@example.go.id"');
  });

  it('never makes an anchor of any other link an older document may still hold', () => {
    const html = cellHtml([
      { text: 'Klik', url: 'javascript:alert(1)' },
      { url: 'file:///etc/passwd' },
      { url: '\\\\server\\share\\x.pdf' },
      { url: 'data:text/html,<b>x</b>' },
    ]);
    expect(html).not.toContain('<a');
    expect(html).toContain('Klik javascript:alert(1)');
    expect(html).toContain('file:///etc/passwd');
  });
});
