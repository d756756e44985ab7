import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: REPO });

/** The import-layering complaints `npm run lint` makes about a file at `path` holding `source`. */
async function layering(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, {
    filePath: join(REPO, path),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering, as npm run lint enforces it', () => {
  it('fails a service/ file that imports browser mode, the desktop app, the command line or the UI', async () => {
    for (const [from, what] of [
      ['../../web/server', 'web'],
      ['../../electron/ipc', 'electron'],
      ['../../cli/main', 'cli'],
      ['../../renderer/App', 'renderer'],
    ] as const) {
      const complaints = await layering(
        'service/documents/probe.ts',
        `import * as x from '${from}'; void x;`,
      );
      expect(complaints, what).toEqual([
        expect.stringContaining('service/ imports no transport, command line or UI'),
      ]);
    }
  });

  it('lets web/, electron/ and cli/ reach the service only through service/api', async () => {
    const inside = "import { openDocuments } from '../service/documents/open-documents'; void openDocuments;";
    for (const path of ['web/probe.ts', 'electron/probe.ts']) {
      expect(await layering(path, inside), path).toEqual([
        expect.stringContaining('reach the service only through service/api'),
      ]);
    }
    expect(
      await layering(
        'cli/commands/probe.ts',
        "import { importWorkbook } from '../../service/excel/import-workbook'; void importWorkbook;",
      ),
    ).toEqual([expect.stringContaining('reach the service only through service/api')]);
    expect(
      await layering(
        'web/probe.ts',
        "import { callService } from '../service/api/window'; void callService;",
      ),
    ).toEqual([]);
  });

  it('keeps shared/ free of I/O and the renderer free of the service', async () => {
    expect(
      await layering('shared/probe.ts', "import { readFileSync } from 'node:fs'; void readFileSync;"),
    ).toHaveLength(1);
    expect(
      await layering(
        'renderer/probe.ts',
        "import { callService } from '../service/api/window'; void callService;",
      ),
    ).toHaveLength(1);
  });
});
