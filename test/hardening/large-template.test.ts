import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../service/api/dispatch';
import { createDocument } from '../../service/documents/create-document';
import { openDocuments } from '../../service/documents/open-documents';
import { anyFile } from '../../service/workbench/file-access';
import { largeTemplate } from '../../shared/testing/large-template';
import type { Group, Indicator, Template } from '../../shared/template/template-schema';

// Each case runs rbw as whole processes: generous on a loaded two-core machine (a ceiling, not a benchmark).
vi.setConfig({ testTimeout: 180_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-large-'));

afterEach(() => openDocuments.closeAll());

/**
 * A template of `items` indicators all in one sub-area (under one component and one area), the shape
 * that made opening quadratic: every indicator's "gain" rescored the whole sub-area.
 */
function flatTemplate(items: number): Template {
  const template = largeTemplate(10);
  const indicators: Indicator[] = [];
  const collect = (group: Group): void =>
    group.children.forEach((c) => (c.kind === 'group' ? collect(c) : indicators.push(c)));
  collect(template.root);
  const [component] = template.root.children as Group[];
  const [area] = (component as Group).children as Group[];
  const [subArea] = (area as Group).children as Group[];
  const copies = Array.from({ length: Math.ceil(items / indicators.length) }, (_, copy) =>
    indicators.map((indicator) => renamed(indicator, copy)),
  ).flat();
  (subArea as Group).children = copies.slice(0, items);
  (subArea as Group).weight = 100;
  (area as Group).children = [subArea as Group];
  (area as Group).weight = 100;
  (component as Group).children = [area as Group];
  (component as Group).weight = 100;
  template.root.children = [component as Group];
  return template;
}

/** An indicator (and its Jumlah inputs and formula references) under ids of its own copy. */
function renamed(indicator: Indicator, copy: number): Indicator {
  const json = JSON.stringify(indicator).replace(/"(C\d+\.A\d+\.S\d+\.[^"]*)"/g, `"$1.k${copy}"`);
  return JSON.parse(json) as Indicator;
}

describe('opening a document grows linearly with its template', () => {
  it('10k, 20k and 40k items in one sub-area each open within the bound, the 40k no more than 8 × the 10k', async () => {
    const seconds: Record<number, number> = {};
    for (const items of [10_000, 20_000, 40_000]) {
      const path = join(folder, `besar-${items}.rbw`);
      await createDocument(path, { template: flatTemplate(items) });
      const started = performance.now();
      const view = (await dispatch('documents.open', { path }, { author: 'uji', files: anyFile })) as {
        documentId: string;
      };
      seconds[items] = (performance.now() - started) / 1000;
      await dispatch('documents.close', { documentId: view.documentId }, { author: 'uji', files: anyFile });
      expect(seconds[items]).toBeLessThan(30);
    }
    console.log(
      `opening 10k / 20k / 40k items: ${[10_000, 20_000, 40_000].map((n) => seconds[n]?.toFixed(2)).join(' / ')} s`,
    );
    // Linear growth is 4 ×; the quadratic path it replaces was 16 ×.
    expect(seconds[40_000] as number).toBeLessThan(8 * Math.max(seconds[10_000] as number, 0.25));
  }, 300_000);
});
