import type { ActionRow, ChangeRow } from './rows';

/** Actions in order, each with its changes (both given in order), for HistoryReads.trail. */
export function groupTrail(
  actions: ActionRow[],
  changes: ChangeRow[],
): { action: ActionRow; changes: ChangeRow[] }[] {
  const byAction = new Map<number, ChangeRow[]>();
  for (const change of changes) {
    const list = byAction.get(change.action_id);
    if (list) list.push(change);
    else byAction.set(change.action_id, [change]);
  }
  return actions.map((action) => ({ action, changes: byAction.get(action.id) ?? [] }));
}
