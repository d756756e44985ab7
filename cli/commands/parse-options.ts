import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error';
import type { OptionSpec } from './command-spec';

type OptionValue<O extends OptionSpec> = O extends { type: 'boolean' }
  ? O extends { multiple: true }
    ? boolean[]
    : boolean
  : O extends { multiple: true }
    ? string[]
    : string;

export type OptionValues<T extends Readonly<Record<string, OptionSpec>>> = {
  -readonly [K in keyof T]?: OptionValue<T[K]>;
};

/** An option the command does not have: named, with the closest one it has (`--jsn` → `--json`). */
export class UnknownOptionError extends UsageError {
  constructor(
    readonly option: string,
    readonly suggestion: string | undefined,
  ) {
    super(option);
  }
}

/**
 * The command line parsed by node:util parseArgs against a command's declared options (`COMMANDS` in
 * ./index); its errors are usage errors (exit code 2), an unknown option named with the closest valid one.
 */
export function parseOptions<T extends Readonly<Record<string, OptionSpec>>>(
  args: string[],
  options: T,
): { values: OptionValues<T>; positionals: string[] } {
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, { type: o.type, multiple: o.multiple === true }]),
  );
  try {
    const { values, positionals } = parseArgs({
      args,
      options: config,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues<T>, positionals };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const unknown = unknownOption(args, options);
      if (unknown) throw unknown;
    }
    throw new UsageError((error as Error).message);
  }
}

function unknownOption(args: string[], options: Readonly<Record<string, OptionSpec>>) {
  const { tokens } = parseArgs({ args, strict: false, allowPositionals: true, tokens: true });
  const token = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(options, t.name));
  if (token?.kind !== 'option') return undefined;
  const known = [...Object.keys(options), 'help', 'lang'];
  const near = closest(token.name, known);
  return new UnknownOptionError(token.rawName, near === undefined ? undefined : `--${near}`);
}

/**
 * The name nearest to `typed` among `names`, if near enough to be a slip: one edit off (two for a word of
 * four letters or more; a swap of two neighbours counts as one), or the beginning of exactly one name.
 */
export function closest(typed: string, names: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (best && best.distance <= Math.min(2, Math.max(1, Math.floor(word.length / 2)))) return best.name;
  const starting = word.length >= 2 ? names.filter((n) => n.startsWith(word)) : [];
  return starting.length === 1 ? starting[0] : undefined;
}

/** Edits (insert, delete, replace, swap of neighbours) that turn `a` into `b`: optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      row[j] = value;
    }
  }
  return at(a.length, b.length);
}
