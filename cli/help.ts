import type { Translate } from '../shared/i18n/translator';
import type { CommandName } from './commands';
import { COMMANDS } from './commands';
import type { OptionSpec } from './commands/command-spec';

/** The exit codes `rbw` ends with, as `rbw --help` and the README list them. */
export const EXIT_CODES = [0, 1, 2, 3] as const;

/** Options every command takes (handled before the command runs). */
const COMMON: [string, string][] = [
  ['--lang=en', 'cliHelp.common.lang'],
  ['--help, -h', 'cliHelp.common.help'],
];

/** `rbw --help`: what rbw is, every command with its summary, the common options and the exit codes. */
export function generalHelp(t: Translate): string[] {
  const names = Object.keys(COMMANDS) as CommandName[];
  const width = Math.max(...names.map((n) => n.length));
  return [
    t('cliHelp.about'),
    '',
    `${t('cliHelp.usage')}: rbw ${t('cliHelp.commandWord')} [${t('cliHelp.optionsWord')}]`,
    `       rbw help ${t('cliHelp.commandWord')}`,
    '',
    `${t('cliHelp.commandsHeading')}:`,
    ...names.map((n) => `  ${n.padEnd(width)}  ${t(`cliHelp.commands.${n}.summary`)}`),
    '',
    `${t('cliHelp.commonOptions')}:`,
    ...table([...COMMON, ['--version', 'cliHelp.common.version']], t),
    '',
    `${t('cliHelp.exitCodes')}:`,
    ...EXIT_CODES.map((code) => `  ${code}  ${t(`cliHelp.exit.${code}`)}`),
    '',
    t('cliHelp.more'),
  ];
}

/** `rbw help COMMAND`, `rbw COMMAND --help`: its usage, what it does, and every option it takes. */
export function commandHelp(name: CommandName, t: Translate): string[] {
  const spec = COMMANDS[name];
  const options: Readonly<Record<string, OptionSpec>> = spec.options;
  const rows = Object.entries(options).map(([option, o]): [string, string] => [
    `--${option}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}${o.multiple ? ' …' : ''}`,
    `cliHelp.commands.${name}.options.${option}`,
  ]);
  const usage = [`rbw ${name}`, spec.usage, `[${t('cliHelp.optionsWord')}]`].filter(Boolean).join(' ');
  return [
    `${t('cliHelp.usage')}: ${usage}`,
    '',
    ...t(`cliHelp.commands.${name}.description`)
      .split('\n')
      .flatMap((p) => wrap(p, 100)),
    '',
    `${t('cliHelp.options')}:`,
    ...table([...rows, ...COMMON], t),
  ];
}

function table(rows: [string, string][], t: Translate): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, key]) => `  ${left.padEnd(width)}  ${t(key)}`);
}

/** A paragraph in lines of at most `width` characters, broken between words. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
