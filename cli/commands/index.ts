import type { Command } from '../main';
import { exportCommand } from './export';
import { historyCommand } from './history';
import { importCommand } from './import';
import { inspectCommand } from './inspect';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { scoreCommand } from './score';
import { setCommand } from './set';
import { showCommand } from './show';
import { snapshotCommand } from './snapshot';
import { templatesCommand } from './templates';
import { redoCommand, undoCommand } from './undo';

/** Every `rbw` command by name. */
export const COMMANDS: Record<string, Command> = {
  templates: templatesCommand,
  score: scoreCommand,
  new: newCommand,
  set: setCommand,
  show: showCommand,
  history: historyCommand,
  undo: undoCommand,
  redo: redoCommand,
  snapshot: snapshotCommand,
  inspect: inspectCommand,
  import: importCommand,
  export: exportCommand,
  merge: mergeCommand,
};
