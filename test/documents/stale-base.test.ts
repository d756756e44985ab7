import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callService, closeAllDocuments, windowFileAccess } from '../../service/api/window';
import { createDocument } from '../../service/documents/create-document';
import { checkEditBase } from '../../service/documents/stale-base';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';

// An edit sent with the value its sender saw (`base`): written when nobody changed the field since,
// refused as a conflict when another user did (the three-way rule of the pokja merge), never written
// over another's change.

describe('checkEditBase', () => {
  it('writes what nobody else changed, keeps what the sender left, refuses what both changed', () => {
    expect(checkEditBase(null, null, 'Ya')).toBe('write');
    expect(checkEditBase('Ya', 'Ya', 'Tidak')).toBe('write');
    // Another user changed it; the sender sends back what they saw: nothing to write.
    expect(checkEditBase(null, 'Ya', null)).toBe('keep');
    // Both made the same change.
    expect(checkEditBase(null, 'Ya', 'Ya')).toBe('keep');
    expect(checkEditBase(null, 'Ya', 'Tidak')).toBe('conflict');
    expect(checkEditBase(10, 12, 15)).toBe('conflict');
    // Every kind of blank is the same blank.
    expect(checkEditBase('', null, 'B')).toBe('write');
  });
});

describe('records.set with a base', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rbw-stale-'));
  const files = windowFileAccess();
  files.grantFolder(folder);
  let documentId: string;
  const set = (author: string, input: Record<string, unknown>) =>
    callService('records.set', { documentId, ...input }, { author, files });

  beforeAll(async () => {
    const path = join(folder, 'unit.rbw');
    await createDocument(path, { template: builtinTemplate('zi-2021') as Template, author: 'uji' });
    const opened = await callService('documents.open', { path }, { author: 'uji', files });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    documentId = (opened.value as { documentId: string }).documentId;
  });
  afterAll(() => closeAllDocuments());

  it('refuses the later of two edits from the same base, and leaves the first', async () => {
    const first = await set('ani', { itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya', base: null });
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const later = await set('budi', { itemId: 'A.I.1.i.a', field: 'answer', value: 'Tidak', base: null });
    expect(later.ok).toBe(false);
    const problem = !later.ok ? later.problems[0] : undefined;
    expect(problem?.code).toBe('record.staleBase');
    expect(problem?.params).toMatchObject({
      itemId: 'A.I.1.i.a',
      base: 'null',
      ours: '"Ya"',
      theirs: '"Tidak"',
    });
    const view = await callService('documents.view', { documentId }, { author: 'uji', files });
    const records = (view.ok ? view.value : {}) as { records?: Record<string, { answer: unknown }> };
    expect(records.records?.['A.I.1.i.a']?.answer).toBe('Ya');
    // Over the value now shown, the same edit goes through.
    const again = await set('budi', { itemId: 'A.I.1.i.a', field: 'answer', value: 'Tidak', base: 'Ya' });
    expect(again.ok).toBe(true);
    // Without a base (the command line, an older window) the edit is written as before.
    const plain = await set('uji', { itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' });
    expect(plain.ok).toBe(true);
  });
});
