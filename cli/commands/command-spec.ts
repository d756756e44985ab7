import type { Command } from '../main';

/** One option of a command: its type for node:util parseArgs, and the value's name shown in help. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: true;
  /** The value's name in help (`--limit N`); a string option without it shows `VALUE`. */
  value?: string;
}

/**
 * One `rbw` command: its positional arguments and options (what help shows and what the parser accepts),
 * and its code, loaded only when it is run. The summary, description and each option's help are the locale
 * keys `cliHelp.commands.NAME.summary`, `.description` and `.options.OPTION` (Indonesian first).
 */
export interface CommandSpec {
  /** Positional arguments as shown after `rbw NAME` (`DOC [CODE]`); options follow as `[opsi]`. */
  usage: string;
  options: Readonly<Record<string, OptionSpec>>;
  load: () => Promise<Command>;
}
