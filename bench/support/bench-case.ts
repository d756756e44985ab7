import type { Figure } from './figure';
import type { Runs } from './measure';

export interface BenchContext {
  /** Fewer runs (`--quick`): for checking that the bench works, not for figures to quote. */
  quick: boolean;
  /** Warm-up and measured runs, scaled down in quick mode. */
  runs: (warmup: number, runs: number) => Runs;
  /** A progress line on stderr (the table and the JSON go to stdout). */
  log: (line: string) => void;
}

/** One case of the bench: measures and returns its figures; may also return notes on what limits them. */
export interface BenchCase {
  /** Short name for `--only=`. */
  name: string;
  title: string;
  run: (context: BenchContext) => Promise<Figure[]>;
}
