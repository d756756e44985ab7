import { z } from 'zod';
import { defineOperation } from './define-operation';
import { APP_OPERATIONS } from './app-operations';
import { DOCUMENT_OPERATIONS } from './document-operations';
import { MERGE_OPERATIONS } from './merge-operations';
import { YEARLY_OPERATIONS } from './yearly-operations';
import { COORDINATOR_OPERATIONS } from './coordinator-operations';
import { TEMPLATE_OPERATIONS } from './template-operations';
import { SURVEY_OPERATIONS } from './survey-operations';
import { REPLICA_OPERATIONS } from './replica-operations';

/**
 * Every operation the renderer may ask of the service. Electron IPC (electron/) and the browser-mode
 * HTTP server (web/) are two thin transports over the same handlers (service/api/handlers.ts); both
 * validate the input with these schemas before a handler runs. Adding an operation = one schema here and
 * one handler there.
 */
export const API = {
  'templates.list': defineOperation(
    z.object({}),
    z.array(
      z.object({ id: z.string(), title: z.string(), version: z.string(), year: z.number().optional() }),
    ),
  ),
  ...DOCUMENT_OPERATIONS,
  ...APP_OPERATIONS,
  ...MERGE_OPERATIONS,
  ...YEARLY_OPERATIONS,
  ...COORDINATOR_OPERATIONS,
  ...TEMPLATE_OPERATIONS,
  ...SURVEY_OPERATIONS,
  ...REPLICA_OPERATIONS,
} as const;

export type Api = typeof API;
export type OperationName = keyof Api;
export type OperationInput<N extends OperationName> = z.input<Api[N]['input']>;
/** The input as a handler receives it: checked, defaults filled in. */
export type OperationArgs<N extends OperationName> = z.output<Api[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Api[N]['output']>;
