import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const flipFusesAfterPack = require('../../build/electron-fuses.cjs') as (context: unknown) => Promise<void>;

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLED = 0x31;
const DISABLED = 0x30;

/**
 * A stand-in for a packaged Electron binary (which cannot be downloaded here): bytes around the fuse
 * wire as Electron lays it out — the sentinel, the wire's version (1), its length, one byte per fuse,
 * all as Electron ships them (every fuse on except cookie encryption, integrity and asar-only).
 */
function fakeElectron(fuses: number): string {
  const wire = Array.from({ length: fuses }, (_, i) => ([1, 4, 5].includes(i) ? DISABLED : ENABLED));
  const path = join(mkdtempSync(join(tmpdir(), 'rbw-fuses-')), 'rb-workbench');
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from('\u007fELF…code…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, fuses, ...wire]),
      Buffer.from('…'),
    ]),
  );
  return path;
}

describe('the fuses the packaging step flips (build/electron-fuses.cjs)', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and loads only the checked app.asar', async () => {
    const binary = fakeElectron(9);
    const size = readFileSync(binary).length;
    // electron-builder calls the hook with its packager; ours flips the fuses of this binary.
    await flipFusesAfterPack({
      packager: {
        addElectronFuses: async (
          _context: unknown,
          config: Parameters<typeof import('@electron/fuses').flipFuses>[1],
        ) => (await import('@electron/fuses')).flipFuses(binary, config),
      },
    });
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLED);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLED);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLED);
    // A fuse newer than this list (Electron 45 has a ninth) keeps Electron's own setting.
    expect(wire[8]).toBe(ENABLED);
    expect(readFileSync(binary).length).toBe(size);
  });

  it('is the hook electron-builder runs after packing', () => {
    expect(
      readFileSync(join(import.meta.dirname, '..', '..', 'build', 'electron-builder.yml'), 'utf8'),
    ).toMatch(/^afterPack: build\/electron-fuses\.cjs$/m);
  });
});
