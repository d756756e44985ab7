import type { Command } from '../main';

/**
 * Every `rbw` command by name, each loaded when it is run: a command that reads no workbook never loads
 * exceljs or HyperFormula, and `rbw templates` loads little more than the templates.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import('./templates')).templatesCommand,
  score: async () => (await import('./score')).scoreCommand,
  new: async () => (await import('./new')).newCommand,
  set: async () => (await import('./set')).setCommand,
  show: async () => (await import('./show')).showCommand,
  history: async () => (await import('./history')).historyCommand,
  undo: async () => (await import('./undo')).undoCommand,
  redo: async () => (await import('./undo')).redoCommand,
  snapshot: async () => (await import('./snapshot')).snapshotCommand,
  inspect: async () => (await import('./inspect')).inspectCommand,
  import: async () => (await import('./import')).importCommand,
  export: async () => (await import('./export')).exportCommand,
  merge: async () => (await import('./merge')).mergeCommand,
  followup: async () => (await import('./followup')).followupCommand,
  plan: async () => (await import('./plan')).planCommand,
  portfolio: async () => (await import('./portfolio')).portfolioCommand,
  // The organisation's server on PostgreSQL.
  serve: async () => (await import('./serve')).serveCommand,
  users: async () => (await import('./server-accounts')).usersCommand,
  push: async () => (await import('./server-accounts')).pushCommand,
  'portal-token': async () => (await import('./server-accounts')).portalTokenCommand,
};
