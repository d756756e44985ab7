/**
 * JSON read from a document, checked before anything walks it: text that is not JSON, and values nested
 * deeper than anything the workbench writes (a template is about 20 levels deep), are refused here, so
 * that a schema check (zod, which recurses) never meets a value nested 20,000 deep and overflows the
 * stack. Undefined when the text is not acceptable JSON.
 */
export const MAX_JSON_DEPTH = 200;

export function parseJson(text: string | null | undefined, maxDepth = MAX_JSON_DEPTH): unknown {
  if (typeof text !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return depthWithin(value, maxDepth) ? value : undefined;
}

/** Whether `value` nests no deeper than `max` arrays and objects, walked without recursion. */
export function depthWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > max) return false;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return true;
}
