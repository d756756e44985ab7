import type { Command } from '../main';
import type { CommandSpec } from './command-spec';

const json = { type: 'boolean' } as const;
const author = { type: 'string', value: 'NAME' } as const;

/**
 * Every `rbw` command by name: its arguments and options (what the parser accepts and help shows; the help
 * text is in the locale files under `cliHelp.commands.NAME`), and its code, loaded when it is run: a
 * command that reads no workbook never loads exceljs or HyperFormula, and `rbw templates` loads little more
 * than the templates. A new command is one entry here, its file and its locale lines.
 */
export const COMMANDS = {
  templates: {
    usage: '',
    options: { json },
    load: async (): Promise<Command> => (await import('./templates')).templatesCommand,
  },
  template: {
    usage: 'from FILE --id ID --name NAME | export ID --out F | add F | move DOC --out NEW',
    options: {
      id: { type: 'string', value: 'ID' },
      name: { type: 'string', value: 'NAME' },
      version: { type: 'string', value: 'V' },
      out: { type: 'string', value: 'FILE' },
      to: { type: 'string', value: 'ID' },
      json,
      author,
    },
    load: async (): Promise<Command> => (await import('./template')).templateCommand,
  },
  score: {
    usage: 'FILE',
    options: {
      json,
      rule: { type: 'string', value: 'workbook|standard' },
      unanswered: { type: 'string', value: 'skip|zero' },
      gains: { type: 'string', value: 'N' },
      // Only for a workbook (.xlsx, .xls, .ods): score.ts refuses it for answers files and documents.
      sheet: { type: 'string', value: 'SHEET' },
    },
    load: async (): Promise<Command> => (await import('./score')).scoreCommand,
  },
  new: {
    usage: '',
    options: {
      template: { type: 'string', value: 'ID' },
      out: { type: 'string', value: 'DOC' },
      agency: { type: 'string', value: 'NAME' },
      unit: { type: 'string', value: 'NAME' },
      year: { type: 'string', value: 'YYYY' },
      model: { type: 'string', value: 'MODEL' },
      from: { type: 'string', value: 'LAST' },
      author,
    },
    load: async (): Promise<Command> => (await import('./new')).newCommand,
  },
  set: {
    usage: 'DOC CODE [ANSWER]',
    options: {
      note: { type: 'string', value: 'TEXT' },
      reviewer: { type: 'boolean' },
      evidence: { type: 'string', value: 'TEXT' },
      pokja: { type: 'string', value: 'NAME' },
      status: { type: 'string', value: 'belum|proses|selesai' },
      'target-month': { type: 'string', value: 'YYYY-MM' },
      author,
    },
    load: async (): Promise<Command> => (await import('./set')).setCommand,
  },
  show: {
    usage: 'DOC [CODE]',
    options: { json },
    load: async (): Promise<Command> => (await import('./show')).showCommand,
  },
  history: {
    usage: 'DOC [CODE]',
    options: { json, limit: { type: 'string', value: 'N' } },
    load: async (): Promise<Command> => (await import('./history')).historyCommand,
  },
  undo: {
    usage: 'DOC',
    options: { steps: { type: 'string', value: 'N' }, author },
    load: async (): Promise<Command> => (await import('./undo')).undoCommand,
  },
  redo: {
    usage: 'DOC',
    options: { steps: { type: 'string', value: 'N' }, author },
    load: async (): Promise<Command> => (await import('./undo')).redoCommand,
  },
  snapshot: {
    usage: 'DOC [NAME]',
    options: {
      list: { type: 'boolean' },
      compare: { type: 'string', value: 'SNAP' },
      restore: { type: 'string', value: 'SNAP' },
      author,
    },
    load: async (): Promise<Command> => (await import('./snapshot')).snapshotCommand,
  },
  inspect: {
    usage: 'FILE.xlsx',
    options: { json },
    load: async (): Promise<Command> => (await import('./inspect')).inspectCommand,
  },
  import: {
    usage: 'FILE.xlsx',
    options: { out: { type: 'string', value: 'DOC' }, author },
    load: async (): Promise<Command> => (await import('./import')).importCommand,
  },
  export: {
    usage: 'DOC',
    options: {
      out: { type: 'string', value: 'FILE.xlsx' },
      format: { type: 'string', value: 'lke|portal2026|rekap' },
      pokja: { type: 'string', value: 'NAME' },
      prior: { type: 'string', value: 'LAST.rbw' },
    },
    load: async (): Promise<Command> => (await import('./export')).exportCommand,
  },
  merge: {
    usage: 'DOC FILE',
    options: {
      author,
      'dry-run': { type: 'boolean' },
      json,
      take: { type: 'string', value: 'theirs|mine' },
      'allow-blank': { type: 'boolean' },
    },
    load: async (): Promise<Command> => (await import('./merge')).mergeCommand,
  },
  followup: {
    usage: 'DOC [add TEXT | set ID]',
    options: {
      json,
      overdue: { type: 'boolean' },
      pokja: { type: 'string', value: 'NAME' },
      on: { type: 'string', value: 'CODE' },
      due: { type: 'string', value: 'YYYY-MM' },
      source: { type: 'string', value: 'report|reviewer-note|last-year' },
      status: { type: 'string', value: 'belum|proses|selesai' },
      evidence: { type: 'string', value: 'TEXT' },
      text: { type: 'string', value: 'TEXT' },
      accept: { type: 'boolean' },
      author,
    },
    load: async (): Promise<Command> => (await import('./followup')).followupCommand,
  },
  plan: {
    usage: 'DOC',
    options: {
      target: { type: 'string', value: '71|+10|B|wbk' },
      reading: { type: 'string', value: 'whole|halves|both' },
      lock: { type: 'string', multiple: true, value: 'CODE' },
      effort: { type: 'string', multiple: true, value: 'CODE=N' },
      pokja: { type: 'string', value: 'NAME' },
      json,
      out: { type: 'string', value: 'RENCANA.xlsx' },
    },
    load: async (): Promise<Command> => (await import('./plan')).planCommand,
  },
  survey: {
    usage: 'import DOC FILE | show DOC | bind DOC NAME --to CODE | report DOC',
    options: {
      kind: { type: 'string', value: 'skm|ipak|ipkp' },
      name: { type: 'string', value: 'NAME' },
      population: { type: 'string', value: 'N' },
      scale: { type: 'string', value: '4|5|6' },
      weights: { type: 'string', value: 'exact|0.111' },
      conversion: { type: 'string', value: 'proportional|range' },
      yes: { type: 'boolean' },
      to: { type: 'string', value: 'CODE' },
      json,
      author,
    },
    load: async (): Promise<Command> => (await import('./survey')).surveyCommand,
  },
  portfolio: {
    usage: 'DIR|FILE…',
    options: {
      json,
      reach: { type: 'string', value: 'N' },
      cache: { type: 'string', value: 'DIR' },
      out: { type: 'string', value: 'REKAP.xlsx' },
    },
    load: async (): Promise<Command> => (await import('./portfolio')).portfolioCommand,
  },
  // The organisation's server on PostgreSQL.
  serve: {
    usage: '--db URL',
    options: {
      db: { type: 'string', value: 'URL' },
      host: { type: 'string', value: 'HOST' },
      port: { type: 'string', value: 'N' },
      'oidc-issuer': { type: 'string', value: 'URL' },
      'oidc-client-id': { type: 'string', value: 'ID' },
      'oidc-client-secret': { type: 'string', value: 'SECRET' },
      'public-url': { type: 'string', value: 'URL' },
      'tls-cert': { type: 'string', value: 'FILE' },
      'tls-key': { type: 'string', value: 'FILE' },
    },
    load: async (): Promise<Command> => (await import('./serve')).serveCommand,
  },
  users: {
    usage: 'add LOGIN --role ROLE | assign LOGIN DOCUMENT_ID',
    options: {
      role: { type: 'string', value: 'admin|coordinator|pokja|evaluator|viewer' },
      pokja: { type: 'string', value: 'NAME' },
      org: { type: 'string', value: 'NAME' },
      db: { type: 'string', value: 'URL' },
      'oidc-subject': { type: 'string', value: 'SUB' },
    },
    load: async (): Promise<Command> => (await import('./server-accounts')).usersCommand,
  },
  push: {
    usage: 'DOC.rbw|FOLDER --db URL',
    options: { org: { type: 'string', value: 'NAME' }, db: { type: 'string', value: 'URL' } },
    load: async (): Promise<Command> => (await import('./server-accounts')).pushCommand,
  },
  pull: {
    usage: 'SERVER/DOCUMENT_ID --out DOC.rbw --login LOGIN',
    options: { out: { type: 'string', value: 'DOC.rbw' }, login: { type: 'string', value: 'LOGIN' } },
    load: async (): Promise<Command> => (await import('./pull')).pullCommand,
  },
  'portal-token': {
    usage: 'create | revoke ID',
    options: { org: { type: 'string', value: 'NAME' }, db: { type: 'string', value: 'URL' } },
    load: async (): Promise<Command> => (await import('./server-accounts')).portalTokenCommand,
  },
  // A laptop's replica of a document on the organisation's server (issue 25).
  clone: {
    usage: 'URL --document ID --login LOGIN --out DOC.rbw',
    options: {
      document: { type: 'string', value: 'ID' },
      login: { type: 'string', value: 'LOGIN' },
      out: { type: 'string', value: 'DOC.rbw' },
    },
    load: async (): Promise<Command> => (await import('./replica')).cloneCommand,
  },
  sync: {
    usage: 'DOC.rbw',
    options: { json, take: { type: 'string', value: 'theirs|mine' } },
    load: async (): Promise<Command> => (await import('./replica')).syncCommand,
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The command of that name, if there is one (`toString` is not a command). */
export function commandNamed(name: string | undefined): CommandSpec | undefined {
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
}
