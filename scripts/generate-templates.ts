/**
 * Generates the built-in templates `zi-2021`, `zi-2026`, `rb-2014` (reference models) and `pmprb-2015-pusat`
 * (the ministry's PMPRB workbook, read by the workbook reader) from the reference models in
 * ../shared/reference/models (or $RBW_REFERENCE/models) and writes them to shared/builtin-templates.
 * Run with `npm run generate:templates`; a test checks that the committed files equal a fresh run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZi2021 } from './templates/zi-2021';
import { buildZi2026 } from './templates/zi-2026';
import { buildRb2014 } from './templates/rb-2014';
import { buildPmprb2015Centre } from './templates/pmprb-2015';
import { readModel, repoRoot } from './templates/reference';
import { checkTemplate } from '../shared/template/check-template';
import { TemplateSchema } from '../shared/template/template-schema';

export async function generateBuiltinTemplates(): Promise<Record<string, unknown>> {
  const zi2021 = buildZi2021(readModel('zi-2021.json'));
  const zi2026 = buildZi2026(readModel('zi-2026-portalrb.json'), readModel('zi-2021.json'));
  const out: Record<string, unknown> = {};
  const rb2014 = buildRb2014(readModel('rb-2014.json'));
  const pmprb2015 = await buildPmprb2015Centre();
  for (const template of [zi2021, zi2026, rb2014, pmprb2015]) {
    const parsed = TemplateSchema.parse(template);
    const problems = checkTemplate(parsed);
    if (problems.length) throw new Error(`${template.id}: ${JSON.stringify(problems.slice(0, 3))}`);
    out[template.id] = template;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [id, template] of Object.entries(await generateBuiltinTemplates())) {
    const file = join(repoRoot, 'shared', 'builtin-templates', `${id}.json`);
    writeFileSync(file, JSON.stringify(template, null, 1) + '\n');
    console.log(`wrote ${file}`);
  }
}
