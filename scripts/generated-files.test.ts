import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ANSWERS, extractWorkbookAnswers } from './extract-workbook-answers';
import { generateBuiltinTemplates } from './generate-templates';
import { repoRoot } from './templates/reference';

describe('generated files in the repository', () => {
  it('built-in templates equal a fresh generation from ../shared/reference/models', () => {
    for (const [id, template] of Object.entries(generateBuiltinTemplates())) {
      const committed = JSON.parse(
        readFileSync(join(repoRoot, 'shared', 'builtin-templates', `${id}.json`), 'utf8'),
      );
      expect(committed, `${id}: run npm run generate:templates`).toEqual(template);
    }
  });

  it('the example answers equal a fresh extraction from the real filled workbook', async () => {
    const committed = JSON.parse(readFileSync(EXAMPLE_ANSWERS, 'utf8'));
    expect(committed, 'run npm run generate:fixtures').toEqual(await extractWorkbookAnswers());
  });
});
