import type { OperationOutput } from '../../shared/api/contract';
import type { Problem } from '../../shared/problem';
import type { DialogName } from '../components/Header';
import type { MergeSource } from '../dialogs/ImportDialog';

/** What an export wrote (shown in its dialog until the dialog closes). */
export interface Exported {
  path: string;
  notices: Problem[];
}

type Named = Exclude<DialogName, null | 'export'>;

/**
 * The one dialog open over the workbench, with its arguments: a dialog of the header's menus, a merge
 * with its source, a question's evidence, the report of a start from last year, the coordinator's views.
 */
export type OpenDialog =
  | { name: Named }
  | { name: 'export'; exported: Exported | null }
  | { name: 'merge'; source: MergeSource }
  | { name: 'evidence'; itemId: string }
  | { name: 'startReport'; report: OperationOutput<'documents.startFromLastYear'>['report'] }
  | { name: 'portfolio' }
  | { name: 'planner' }
  | { name: 'templates' };

export type DialogState = OpenDialog | null;

export type DialogAction =
  | { type: 'open'; dialog: OpenDialog }
  | { type: 'close' }
  /** The export finished: its dialog says where it wrote (nothing when the dialog was closed meanwhile). */
  | { type: 'exported'; exported: Exported | null };

export function dialogReducer(state: DialogState, action: DialogAction): DialogState {
  switch (action.type) {
    case 'open':
      return action.dialog;
    case 'close':
      return null;
    case 'exported':
      return state?.name === 'export' ? { name: 'export', exported: action.exported } : state;
  }
}

/** A dialog of the header's menus by its name (the export dialog starts with nothing exported). */
export const menuDialog = (name: Exclude<DialogName, null>): OpenDialog =>
  name === 'export' ? { name, exported: null } : { name };

// Every dialog of the menus (the compiler asks for a new one here).
const MENU: Readonly<Record<Exclude<DialogName, null>, true>> = {
  new: true,
  open: true,
  import: true,
  export: true,
  snapshots: true,
  history: true,
  findings: true,
  newFromLastYear: true,
  followup: true,
  metadata: true,
  shortcuts: true,
  survey: true,
  clone: true,
};

/**
 * Whether a dialog of the menus is open: it has its own place for messages (the notice bar above the grid
 * is hidden) and the question of the author's name waits for it to close.
 */
export const menuDialogOpen = (state: DialogState): boolean => state !== null && state.name in MENU;
