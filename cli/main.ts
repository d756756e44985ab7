import { ProblemError } from '../shared/problem';
import type { Language, Translate } from '../shared/i18n/translator';
import { createTranslator, formatProblem } from '../shared/i18n/translator';
import { COMMANDS } from './commands';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

// `rbw … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/**
 * Runs one `rbw` command and returns the exit code: 0 done, 1 a problem with the user's input (one line
 * per problem on stderr, naming the file and field), 2 a usage error, 3 a merge with conflicts left
 * unsettled (nothing written).
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const language = pickLanguage(argv);
  const t = createTranslator(language);
  const [name, ...rest] = argv.filter((a) => !a.startsWith('--lang'));
  const load = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    if (name) io.err(`rbw: ${t('cli.unknownCommand', { command: name })}`);
    io.err(t('cli.usage', { commands: Object.keys(COMMANDS).join(', ') }));
    return 2;
  }
  try {
    const command = await load();
    // A command may end with its own code (rbw merge: 3 when conflicts are left unsettled).
    return (await command(rest, { io, t, language })) ?? 0;
  } catch (error) {
    if (error instanceof ProblemError) {
      for (const problem of error.problems) io.err(`rbw ${name}: ${formatProblem(problem, t)}`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.err(`rbw ${name}: ${error.message}`);
      return 2;
    }
    // A bug still gets one line, never a stack trace (RBW_DEBUG=1 shows it).
    if (process.env.RBW_DEBUG) throw error;
    const message = String((error as Error | undefined)?.message ?? error).split('\n')[0] ?? '';
    io.err(`rbw ${name}: ${t('cli.internalError', { message: message.slice(0, 200) })}`);
    return 1;
  }
}

function pickLanguage(argv: string[]): Language {
  const flag = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? process.env.RBW_LANG;
  return flag === 'en' ? 'en' : 'id';
}

export interface CommandContext {
  io: CliIo;
  t: Translate;
  language: Language;
}

export type Command = (args: string[], context: CommandContext) => Promise<void | number>;

/** A malformed command line (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {}
