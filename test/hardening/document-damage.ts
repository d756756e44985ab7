import Database from 'better-sqlite3';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';

/**
 * Ways a document (.rbw) gets damaged: cut short by a copy or a sync tool, edited by hand or by another
 * program, from a newer or a broken version of the app, or with bytes flipped on a failing disk. Each
 * applies its damage to a copy of a sound document that was imported from the real workbook and has
 * history, a snapshot and the workbook stored inside it. `expect` is what the user must see: `refused`
 * (one line naming the file, exit 1, nothing changed) or `opens` (the document opens with its answers;
 * for a damaged stored workbook, without the workbook rule).
 */
export interface Damage {
  name: string;
  apply: (path: string) => void;
  expect: 'refused' | 'opens' | 'either';
  /** Words the one line must contain (the table or field it names). */
  names?: string;
  /** Whether `rbw undo` must be refused (a damaged history) although the document opens. */
  undoRefused?: boolean;
}

const sql =
  (statement: string, options: { checks?: boolean } = {}) =>
  (path: string): void => {
    const db = new Database(path);
    if (options.checks === false) db.pragma('ignore_check_constraints = ON');
    db.pragma('foreign_keys = OFF');
    db.exec(statement);
    db.close();
  };

const setVersion = (version: number) => (path: string) => {
  const db = new Database(path);
  db.pragma(`user_version = ${version}`);
  db.close();
};

const truncateBy = (bytes: number) => (path: string) => truncateSync(path, statSync(path).size - bytes);
const truncateTo = (fraction: number) => (path: string) =>
  truncateSync(path, Math.floor(statSync(path).size * fraction));

/** Flips every bit of one byte at `at` (a fraction of the file, or a byte offset when ≥ 1). */
const flipByte = (at: number) => (path: string) => {
  const bytes = readFileSync(path);
  const offset = at >= 1 ? at : Math.floor(bytes.length * at);
  bytes[offset] = (bytes[offset] as number) ^ 0xff;
  writeFileSync(path, bytes);
};

/** The stored source workbook's bytes changed by `change`. */
const sourceBytes = (change: (bytes: Buffer) => Buffer) => (path: string) => {
  const db = new Database(path);
  const row = db.prepare('SELECT bytes FROM source_workbook').get() as { bytes: Buffer };
  db.prepare('UPDATE source_workbook SET bytes = ?').run(change(Buffer.from(row.bytes)));
  db.close();
};

const flipInside = (fraction: number) => (bytes: Buffer) => {
  const copy = Buffer.from(bytes);
  const at = Math.floor(copy.length * fraction);
  copy[at] = (copy[at] as number) ^ 0xff;
  return copy;
};

/** A template as deep as `depth` nested groups: JSON.parse copes, a recursive schema check does not. */
const deepTemplate = (depth: number) => (path: string) => {
  const db = new Database(path);
  const template = JSON.parse((db.prepare('SELECT json FROM template').get() as { json: string }).json);
  const group = (i: number) =>
    `{"kind":"group","id":"D${i}","code":"","title":"x","level":"subArea","weight":0,"aggregate":"sum","children":[`;
  const deep = Array.from({ length: depth }, (_, i) => group(i)).join('') + ']}'.repeat(depth);
  template.root.children.push('__DEEP__');
  const json = JSON.stringify(template).replace('"__DEEP__"', deep);
  db.prepare('UPDATE template SET json = ?').run(json);
  db.close();
};

const GARBAGE = '{"not json';

export const DAMAGES: Damage[] = [
  // Cut short (a copy interrupted, a sync tool, a full flash drive).
  // SQLite reads a last page cut short as zeros: the document may still be whole.
  { name: 'truncated by one byte', apply: truncateBy(1), expect: 'either' },
  { name: 'truncated by 100 bytes', apply: truncateBy(100), expect: 'either' },
  { name: 'truncated by one page', apply: truncateBy(4096), expect: 'refused' },
  { name: 'truncated to half', apply: truncateTo(0.5), expect: 'refused' },
  { name: 'truncated to a tenth', apply: truncateTo(0.1), expect: 'refused' },
  { name: 'truncated to its header', apply: (p) => truncateSync(p, 100), expect: 'refused' },
  // The format version is wrong for the schema it has.
  ...[0, 1, 2, -1, 99].map((version): Damage => ({
    name: `user_version set to ${version}`,
    apply: setVersion(version),
    expect: 'refused',
  })),
  { name: 'application id of another program', apply: sql('PRAGMA application_id = 7'), expect: 'refused' },
  // Tables and indexes dropped by hand.
  ...['meta', 'template', 'records', 'changes', 'actions', 'snapshots', 'attachments', 'source_workbook'].map(
    (table): Damage => ({
      name: `table ${table} dropped`,
      apply: sql(`DROP TABLE ${table}`),
      expect: 'refused',
      names: table,
    }),
  ),
  ...['changes_by_item', 'actions_by_state'].map((index): Damage => ({
    name: `index ${index} dropped`,
    apply: sql(`DROP INDEX ${index}`),
    expect: 'refused',
    names: index,
  })),
  {
    name: 'column dropped from records',
    apply: sql('ALTER TABLE records DROP COLUMN pokja'),
    expect: 'refused',
  },
  // Garbage in every JSON column.
  {
    name: 'template not JSON',
    apply: sql(`UPDATE template SET json = '${GARBAGE}'`),
    expect: 'refused',
    names: 'template',
  },
  {
    name: 'template empty',
    apply: sql(`UPDATE template SET json = ''`),
    expect: 'refused',
    names: 'template',
  },
  { name: 'template row deleted', apply: sql('DELETE FROM template'), expect: 'refused', names: 'template' },
  { name: 'template JSON null', apply: sql(`UPDATE template SET json = 'null'`), expect: 'refused' },
  { name: 'template nested 20,000 deep', apply: deepTemplate(20_000), expect: 'refused', names: 'template' },
  { name: 'template nested 200 deep', apply: deepTemplate(200), expect: 'refused', names: 'template' },
  { name: 'template nested 20 deep (still a template)', apply: deepTemplate(20), expect: 'either' },
  {
    name: 'metadata not JSON',
    apply: sql(`UPDATE meta SET value = '${GARBAGE}' WHERE key = 'metadata'`),
    expect: 'refused',
    names: 'metadata',
  },
  {
    name: 'metadata of the wrong shape',
    apply: sql(`UPDATE meta SET value = '{"year":"dua ribu"}' WHERE key = 'metadata'`),
    expect: 'refused',
    names: 'metadata',
  },
  {
    name: 'evidence not JSON',
    apply: sql(`UPDATE records SET evidence = '${GARBAGE}' WHERE rowid = (SELECT min(rowid) FROM records)`),
    expect: 'refused',
  },
  {
    name: 'evidence of the wrong shape',
    apply: sql(`UPDATE records SET evidence = '[{"url":5}]' WHERE rowid = (SELECT min(rowid) FROM records)`),
    expect: 'refused',
  },
  {
    name: 'answer stored as bytes',
    apply: sql(`UPDATE records SET answer = x'00ff' WHERE rowid = (SELECT min(rowid) FROM records)`),
    expect: 'refused',
  },
  {
    name: 'status outside its list',
    apply: sql(`UPDATE records SET status = 'hilang' WHERE rowid = (SELECT min(rowid) FROM records)`, {
      checks: false,
    }),
    expect: 'refused',
  },
  {
    name: 'record of an item the template lacks',
    apply: sql(`INSERT INTO records (item_id, answer) VALUES ('Z.Z.9', 'Ya')`),
    expect: 'opens',
  },
  {
    name: 'history value not JSON (before)',
    apply: sql(`UPDATE changes SET before = '${GARBAGE}'`),
    expect: 'opens',
    undoRefused: true,
    names: 'changes',
  },
  {
    name: 'history value not JSON (after)',
    apply: sql(`UPDATE changes SET after = '${GARBAGE}'`),
    expect: 'opens',
    undoRefused: true,
    names: 'changes',
  },
  {
    name: 'history change of an unknown field',
    apply: sql(`UPDATE changes SET field = 'gaji'`),
    expect: 'opens',
    undoRefused: true,
    names: 'changes',
  },
  {
    name: 'history change of an unknown item',
    apply: sql(`UPDATE changes SET item_id = 'Z.Z.9'`),
    expect: 'opens',
    undoRefused: true,
    names: 'changes',
  },
  {
    name: 'history change with a bad answer',
    apply: sql(`UPDATE changes SET after = '"Mungkin"' WHERE field = 'answer'`),
    expect: 'opens',
    undoRefused: true,
    names: 'changes',
  },
  {
    name: 'history action of an unknown kind',
    apply: sql(`UPDATE actions SET kind = 'sihir'`),
    expect: 'opens',
    undoRefused: true,
    names: 'actions',
  },
  {
    name: 'history action in an unknown state',
    apply: sql(`UPDATE actions SET state = 'entah'`, { checks: false }),
    // SQLite's integrity check sees the broken CHECK constraint: the whole document is refused.
    expect: 'refused',
    names: 'actions',
  },
  {
    name: 'snapshot records not JSON',
    apply: sql(`UPDATE snapshots SET records = '${GARBAGE}'`),
    expect: 'opens',
    names: 'snapshot',
  },
  {
    name: 'snapshot metadata not JSON',
    apply: sql(`UPDATE snapshots SET metadata = '${GARBAGE}'`),
    expect: 'opens',
    names: 'snapshot',
  },
  // The workbook stored inside: the answers are intact, only the workbook's own rule is lost.
  { name: 'stored workbook with one byte flipped', apply: sourceBytes(flipInside(0.5)), expect: 'opens' },
  {
    name: 'stored workbook cut in half',
    apply: sourceBytes((b) => b.subarray(0, b.length / 2)),
    expect: 'opens',
  },
  { name: 'stored workbook not a workbook', apply: sourceBytes(() => Buffer.from('hello')), expect: 'opens' },
  {
    name: 'stored workbook layout not JSON',
    apply: sql(`UPDATE source_workbook SET layout = '${GARBAGE}'`),
    expect: 'opens',
  },
  {
    name: 'stored workbook layout of the wrong shape',
    apply: sql(`UPDATE source_workbook SET layout = '{"sheet":5}'`),
    expect: 'opens',
  },
  // Bytes flipped on disk.
  { name: 'byte flipped in the header', apply: flipByte(20), expect: 'refused' },
  { name: 'byte flipped in the page size', apply: flipByte(16), expect: 'refused' },
  { name: 'byte flipped in the schema page', apply: flipByte(150), expect: 'either' },
  { name: 'byte flipped at a quarter', apply: flipByte(0.25), expect: 'either' },
  { name: 'byte flipped at three quarters', apply: flipByte(0.75), expect: 'either' },
  { name: 'byte flipped in the last page', apply: flipByte(0.995), expect: 'either' },
  { name: 'zeros over the second page', apply: (p) => zeroRange(p, 4096, 4096), expect: 'either' },
  {
    name: 'a stray -wal file of garbage beside it',
    apply: (p) => writeFileSync(`${p}-wal`, Buffer.alloc(5000, 7)),
    expect: 'opens',
  },
];

function zeroRange(path: string, at: number, length: number): void {
  const bytes = readFileSync(path);
  bytes.fill(0, at, at + length);
  writeFileSync(path, bytes);
}
