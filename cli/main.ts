import { ProblemError } from '../shared/problem';
import type { Language, Translate } from '../shared/i18n/translator';
import { createTranslator, formatProblem } from '../shared/i18n/translator';
import type { CommandName } from './commands';
import { COMMANDS, commandNamed } from './commands';
import { progressLine } from './progress';
import { UsageError } from './usage-error';
import { closest, UnknownOptionError } from './commands/parse-options';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line on stderr, only when it is a terminal; null clears it. */
  progress?: ((text: string | null) => void) | undefined;
}

// `rbw … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const progress = progressLine(process.stderr);
const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => {
    progress?.(null);
    process.stderr.write(line + '\n');
  },
  progress,
};

/**
 * Runs one `rbw` command and returns the exit code: 0 done, 1 a problem with the user's input (one line
 * per problem on stderr, naming the file and field), 2 a usage error, 3 a merge with conflicts left
 * unsettled (nothing written). `rbw --help`, `rbw help COMMAND`, `rbw COMMAND --help` and `rbw --version`
 * print on stdout and exit 0.
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const language = pickLanguage(argv);
  const t = createTranslator(language);
  const [name, ...rest] = argv.filter((a) => !a.startsWith('--lang'));
  if (name === '--version') {
    const { default: pkg } = await import('../package.json');
    io.out(`rbw ${pkg.version}`);
    return 0;
  }
  if (name === undefined) {
    // A bare `rbw` stays a usage error (exit 2): the one usage line on stderr.
    io.err(t('cli.usage', { commands: Object.keys(COMMANDS).join(', ') }));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = name === 'help' ? rest[0] : undefined;
    if (about !== undefined && !commandNamed(about)) return unknownCommand(about, io, t);
    const { generalHelp, commandHelp } = await import('./help');
    for (const line of about ? commandHelp(about as CommandName, t) : generalHelp(t)) io.out(line);
    return 0;
  }
  const spec = commandNamed(name);
  if (!spec) return unknownCommand(name, io, t);
  if (asksHelp(rest)) {
    const { commandHelp } = await import('./help');
    for (const line of commandHelp(name as CommandName, t)) io.out(line);
    return 0;
  }
  try {
    const command = await spec.load();
    // A command may end with its own code (rbw merge: 3 when conflicts are left unsettled).
    return (await command(rest, { io, t, language })) ?? 0;
  } catch (error) {
    if (error instanceof ProblemError) {
      for (const problem of error.problems) io.err(`rbw ${name}: ${formatProblem(problem, t)}`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.err(`rbw ${name}: ${usageMessage(error, name, t)}`);
      return 2;
    }
    // A bug still gets one line, never a stack trace (RBW_DEBUG=1 shows it).
    if (process.env.RBW_DEBUG) throw error;
    const message = String((error as Error | undefined)?.message ?? error).split('\n')[0] ?? '';
    io.err(`rbw ${name}: ${t('cli.internalError', { message: message.slice(0, 200) })}`);
    return 1;
  }
}

/** `--help` or `-h` among a command's options (not after `--`, where it would be an argument). */
function asksHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

function unknownCommand(name: string, io: CliIo, t: Translate): number {
  const near = closest(name, Object.keys(COMMANDS));
  io.err(
    `rbw: ${t('cli.unknownCommand', { command: name })}${near ? t('cliHelp.didYouMean', { name: near }) : ''}`,
  );
  io.err(t('cli.usage', { commands: Object.keys(COMMANDS).join(', ') }));
  return 2;
}

function usageMessage(error: UsageError, command: string, t: Translate): string {
  if (!(error instanceof UnknownOptionError)) return error.message;
  const near = error.suggestion ? t('cliHelp.didYouMean', { name: error.suggestion }) : '';
  return `${t('cliHelp.unknownOption', { option: error.option })}${near} ${t('cliHelp.seeHelp', { command })}`;
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

export { UsageError };
