import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realWorkbookAnswers } from '../test/fixtures/workbooks/real-answers';
import { generateBuiltinTemplates } from './generate-templates';
import { SAMPLE_ANSWERS, sampleAnswers } from './make-sample-answers';
import { referenceDir, repoRoot } from './templates/reference';

describe('generated files in the repository', () => {
  it('built-in templates equal a fresh generation from ../shared/reference/models', async () => {
    for (const [id, template] of Object.entries(await generateBuiltinTemplates())) {
      const committed = JSON.parse(
        readFileSync(join(repoRoot, 'shared', 'builtin-templates', `${id}.json`), 'utf8'),
      );
      expect(committed, `${id}: run npm run generate:templates`).toEqual(template);
    }
  });

  it('the sample unit (Dinas Contoh) equals a fresh generation', () => {
    const committed = JSON.parse(readFileSync(SAMPLE_ANSWERS, 'utf8'));
    expect(committed, 'run npm run generate:fixtures').toEqual(sampleAnswers());
  });

  it("no committed file holds the real workbook's notes, evidence descriptions or links", async () => {
    const real = await realWorkbookAnswers();
    // Every note, description and link of the real unit long enough to be its own words.
    const phrases = new Set<string>();
    for (const entry of Object.values(real.answers)) {
      if (typeof entry !== 'object' || entry === null) continue;
      for (const text of [entry.note, ...(entry.evidence ?? []).flatMap((e) => [e.text, e.url])]) {
        for (const line of (text ?? '').split('\n').map((l) => l.trim()))
          if (line.length >= 30) phrases.add(line);
      }
    }
    // Option texts the unit copied from the regulation are the regulation's, not the unit's words.
    const regulation = ['models', 'regulations']
      .flatMap((dir) => readdirSync(join(referenceDir, dir)).map((f) => join(referenceDir, dir, f)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
      .replace(/\\n/g, '\n')
      .replace(/\s+/g, ' ');
    for (const phrase of phrases)
      if (regulation.includes(phrase.replace(/\s+/g, ' '))) phrases.delete(phrase);
    expect(phrases.size).toBeGreaterThan(100);
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !file.endsWith('.png') && file !== 'package-lock.json');
    const found: string[] = [];
    for (const file of tracked) {
      let text: string;
      try {
        text = readFileSync(join(repoRoot, file), 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      for (const phrase of phrases) if (text.includes(phrase)) found.push(`${file}: ${phrase.slice(0, 60)}`);
    }
    expect(found).toEqual([]);
  });
});
