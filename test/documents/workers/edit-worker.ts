/**
 * A process editing a document for the crash and two-process tests:
 *   node --import tsx edit-worker.ts crash DOC        runs the crash-test stream from where the document is
 *   node --import tsx edit-worker.ts items DOC TAG N ITEM…   sets a note on the items, round-robin, N times,
 *     once a line arrives on stdin (after it has printed `ready`)
 * It prints the number of each operation once its call has returned.
 */
import { DocumentSession } from '../../../service/documents/document-session';
import { setFields } from '../../../service/documents/edit-records';
import { redo, undo } from '../../../service/documents/undo-redo';
import { editsOfStep, operationOf } from '../edit-stream';

const [mode, path, ...rest] = process.argv.slice(2);
const session = await DocumentSession.open(path as string);
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === 'crash') {
  for (let op = session.undoState().revision; ; op++) {
    const kind = operationOf(op);
    if (kind === 'undo') undo(session, 1, 'crash');
    else if (kind === 'redo') redo(session, 1, 'crash');
    else setFields(session, editsOfStep(session.index, op), 'crash');
    say(String(op));
  }
} else {
  const [tag, count, ...items] = rest;
  // Both workers start editing at the same moment: each says it is ready and waits for a line.
  say('ready');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.destroy();
  for (let i = 0; i < Number(count); i++) {
    const itemId = items[i % items.length] as string;
    setFields(session, [{ itemId, field: 'note', value: `${tag} ${i}` }], tag as string);
    say(String(i));
  }
  session.close();
}
