import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { lookInto } from '../../service/portfolio/stored-scores';
import { api, tempFolder } from '../documents/support';

const folder = tempFolder();
const call = api('Pokja 1');

async function rbw(...argv: string[]) {
  const author = ['set', 'new'].includes(argv[0] ?? '') ? ['--author=tester'] : [];
  return main([...argv, ...author], { out: () => undefined, err: () => undefined });
}

async function newDocument(name: string): Promise<string> {
  const path = join(folder, name);
  expect(await rbw('new', '--template', 'zi-2021', '--out', path)).toBe(0);
  return path;
}

describe('a document keeps its scores for the portfolio when they change', () => {
  afterEach(() => vi.useRealTimers());

  it('stores them once the user pauses after an edit in the window', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const path = await newDocument('window.rbw');
    const { documentId } = await call('documents.open', { path });
    await call('records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' });
    expect(lookInto(path)?.scores).toBeNull();
    vi.advanceTimersByTime(2000);
    // Ya in a sub-area of weight 0,5 (by hand: 1 × 0,5), kept at the document's revision.
    expect(lookInto(path)?.scores?.total).toBeCloseTo(0.5, 9);
    await call('records.set', { documentId, itemId: 'A.I.1.i.b', field: 'answer', value: 'C' });
    await call('documents.close', { documentId });
    // Closed before the pause ended: stored at close. (Ya 1 + C 0) ÷ 2 × 0,5.
    expect(lookInto(path)?.scores?.total).toBeCloseTo(0.25, 9);
  });

  it('stores them when a command changed the document', async () => {
    const path = await newDocument('command.rbw');
    expect(await rbw('set', path, 'A.I.1.i.a', 'Ya')).toBe(0);
    expect(lookInto(path)?.scores?.total).toBeCloseTo(0.5, 9);
  });

  it('writes nothing into a document that was only looked at, or whose edit was refused', async () => {
    const path = await newDocument('looked-at.rbw');
    const before = readFileSync(path);
    expect(await rbw('show', path)).toBe(0);
    expect(await rbw('set', path, 'A.I.1.i.a', 'Z')).toBe(1);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
