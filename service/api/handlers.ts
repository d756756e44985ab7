import type { OperationArgs, OperationName, OperationOutput } from '../../shared/api/contract';
import type { FileAccess } from '../workbench/file-access';
import { appHandlers } from './app-handlers';
import { documentHandlers } from './document-handlers';
import { mergeHandlers } from './merge-handlers';
import { yearlyHandlers } from './yearly-handlers';
import { coordinatorHandlers } from './coordinator-handlers';
import { templateHandlers } from './template-handlers';
import { surveyHandlers } from './survey-handlers';
import { replicaHandlers } from './replica-handlers';

/** Per-call context passed in by the transport: who is editing (for history), which files it may use. */
export interface CallContext {
  author: string;
  /**
   * The window's: who history names when the user has set no name in the app (the operating-system
   * user); `author` is the name set, if any (service/api/window.ts callFromWindow).
   */
  fallbackAuthor?: string;
  files: FileAccess;
  /**
   * The window the call comes from (a browser tab, an app window; none for the command line): its
   * actions are its own to undo, and the other windows on the document are told of them.
   */
  window?: string | undefined;
}

export type Handler<N extends OperationName> = (
  input: OperationArgs<N>,
  context: CallContext,
) => Promise<OperationOutput<N>>;

export type Handlers = { [N in OperationName]: Handler<N> };

/**
 * The service's implementation of every API operation. What an operation does beyond its own work
 * (acting on an open document, answering with its view, remembering it among recent documents) is
 * declared where it is registered (service/api/behaviours.ts), not in lists of operation names.
 */
export const handlers: Handlers = {
  ...documentHandlers,
  ...appHandlers,
  ...mergeHandlers,
  ...yearlyHandlers,
  ...coordinatorHandlers,
  ...templateHandlers,
  ...surveyHandlers,
  ...replicaHandlers,
};
