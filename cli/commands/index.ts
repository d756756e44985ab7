import type { Command } from '../main';
import { scoreCommand } from './score';
import { templatesCommand } from './templates';

/** Every `rbw` command by name. */
export const COMMANDS: Record<string, Command> = {
  templates: templatesCommand,
  score: scoreCommand,
};
