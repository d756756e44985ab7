/**
 * The planner's options as a coordinator types them (the UI's fields, the CLI's flags): codes to lock
 * and effort per code. Separators are what people type between items: commas, semicolons, spaces.
 */

/** `A.II, A.I.1.i.a; B` → the codes, each once, in order. */
export function parseCodeList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

export type EffortList = { ok: true; effort: Record<string, number> } | { ok: false; entry: string };

/**
 * `A.II=2; A.I.1.i.a = 1,5` → effort per code (above 0; a decimal comma as the users write it). The first
 * entry that is not `CODE=N` is named back.
 */
export function parseEffortList(entries: readonly string[]): EffortList {
  const effort: Record<string, number> = {};
  for (const entry of entries
    .flatMap((e) => e.split(/[;\n]+/))
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    const amount = match ? Number((match[2] as string).replace(',', '.')) : NaN;
    if (!match || !(amount > 0)) return { ok: false, entry };
    effort[match[1] as string] = amount;
  }
  return { ok: true, effort };
}
