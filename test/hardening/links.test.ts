import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../service/api/dispatch';
import { createDocument } from '../../service/documents/create-document';
import { openDocuments } from '../../service/documents/open-documents';
import { anyFile } from '../../service/workbench/file-access';
import { isSafeLink } from '../../shared/records/link-policy';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { runRbw } from './run-rbw';
import { HOSTILE_LINKS, withHostileLinks } from './workbook-variants';

// Each case runs rbw as whole processes: generous on a loaded two-core machine (a ceiling, not a benchmark).
vi.setConfig({ testTimeout: 180_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-links-'));

afterEach(() => openDocuments.closeAll());

/** Every hyperlink target a workbook's sheets carry. */
async function hyperlinkTargets(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const targets: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/.*\.rels$/.test(n))) {
    const rels = (await zip.file(name)?.async('string')) ?? '';
    for (const match of rels.matchAll(/<Relationship [^>]*Type="[^"]*\/hyperlink"[^>]*>/g)) {
      targets.push(/Target="([^"]*)"/.exec(match[0])?.[1] ?? '');
    }
  }
  return targets;
}

describe('links other than http, https and mailto', () => {
  it('from a workbook: kept as text, said on import, never shown or exported as links', async () => {
    const workbook = join(folder, 'tautan.xlsx');
    writeFileSync(workbook, await withHostileLinks());
    const document = join(folder, 'tautan.rbw');
    const imported = await runRbw(['import', workbook, '--out', document]);
    expect(imported.code, imported.errLines.join('\n')).toBe(0);
    expect(imported.errLines).toHaveLength(3);
    for (const [index, url] of Object.values(HOSTILE_LINKS).entries()) {
      expect(imported.errLines[index]).toMatch(
        new RegExp(
          `^tautan\\.xlsx: [A-Za-z0-9.]+\\.evidence: tautan "${url.replace(/[\\.*+?()[\]{}|^$]/g, '\\$&')}" disimpan sebagai teks, bukan tautan`,
        ),
      );
    }

    const items = JSON.parse((await runRbw(['show', document, '--json'])).stdout) as {
      evidence: { text?: string; url?: string }[];
    }[];
    const evidence = items.flatMap((item) => item.evidence);
    expect(evidence.filter((e) => e.url !== undefined && !isSafeLink(e.url))).toEqual([]);
    for (const url of Object.values(HOSTILE_LINKS)) {
      expect(evidence.some((e) => e.text?.includes(url))).toBe(true);
    }
    expect(evidence.filter((e) => e.url?.startsWith('https://')).length).toBeGreaterThan(50);

    const exported = join(folder, 'ekspor.xlsx');
    expect((await runRbw(['export', document, '--out', exported])).code).toBe(0);
    const targets = await hyperlinkTargets(exported);
    expect(targets.length).toBeGreaterThan(50);
    expect(targets.filter((t) => !isSafeLink(t.replace(/&amp;/g, '&')))).toEqual([]);
  });

  it('from the API: kept as text, and the edit says so', async () => {
    const path = join(folder, 'api.rbw');
    await createDocument(path, { template: builtinTemplate('zi-2021') as Template });
    const call = (name: string, input: unknown) =>
      dispatch(name as never, input as never, { author: 'uji', files: anyFile });
    const view = (await call('documents.open', { path })) as { documentId: string };
    const result = (await call('records.set', {
      documentId: view.documentId,
      itemId: 'A.I.1.i.a',
      field: 'evidence',
      value: [
        { text: 'SK Tim', url: 'javascript:alert(1)' },
        { text: 'Renja', url: 'https://drive.example/renja' },
      ],
    })) as { changed: { record: { evidence: unknown } }[]; notices?: unknown[] };
    expect(result.changed[0]?.record.evidence).toEqual([
      { text: 'SK Tim javascript:alert(1)' },
      { text: 'Renja', url: 'https://drive.example/renja' },
    ]);
    expect(result.notices).toEqual([
      {
        code: 'record.linkAsText',
        params: { url: 'javascript:alert(1)' },
        where: { file: 'api.rbw', field: 'A.I.1.i.a.evidence' },
      },
    ]);
  });
});
