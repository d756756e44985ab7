import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core (WCAG 2.1 A and AA rules) over what the page shows; returns one line per violation of any
 * impact (rule, impact, the first elements), an empty list when there is none.
 */
export async function checkAccessibility(page: Page, where: string): Promise<string[]> {
  // The Content-Security-Policy forbids inline scripts: axe is evaluated as the test's own code.
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } })
      .axe;
    const run = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })) as {
      violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
    };
    return run.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n')[1] ?? ''}`),
    }));
  });
  return results.map((v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.join(' | ')}`);
}
