import type { RbwBridge } from '../../shared/api/bridge';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { EnvelopeSchema } from '../../shared/api/envelope';
import type { Problem } from '../../shared/problem';

/** The desktop app's bridge (electron/preload.ts); absent in browser mode. */
declare global {
  interface Window {
    rbw?: RbwBridge;
  }
}

/** The desktop app's bridge, or undefined in browser mode. */
export const desktopBridge = (): RbwBridge | undefined => window.rbw;

/** Problems the service reported for a call (bad answer, foreign file…): shown to the user, not a crash. */
export class ApiProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
  }
}

const TOKEN_KEY = 'rbw-token';

/** Browser mode: the server prints a URL with `#token=…`; keep the token for this tab and hide it. */
function browserToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

async function transport(name: string, input: unknown): Promise<Envelope> {
  if (window.rbw) return window.rbw.call(name, input);
  token ??= browserToken();
  const response = await fetch(`api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rbw-token': token },
    body: JSON.stringify(input),
  });
  if (response.status === 403) throw new ApiProblems([{ code: 'ui.forbidden' }]);
  return EnvelopeSchema.parse(await response.json()) as Envelope;
}

/** Calls one service operation, typed by the shared contract. */
export async function call<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
): Promise<OperationOutput<N>> {
  const envelope = await transport(name, input);
  if (!envelope.ok) throw new ApiProblems(envelope.problems);
  return envelope.value as OperationOutput<N>;
}
