import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { z } from 'zod';

/**
 * A PostgreSQL connection whose queries return synchronously: the `pg` client runs in a worker thread
 * and the caller waits on a shared flag (Atomics.wait) for each answer. It lets the PostgreSQL storage
 * implement the same synchronous DocumentStore as SQLite, so a user action is still one transaction run
 * to its end without yielding, and the service above never knows which engine it runs on. The price is
 * that this thread waits for each round trip (a fraction of a millisecond on the same machine).
 */
export class SyncClient {
  private readonly worker: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessageChannel['port1'];
  private closed = false;

  constructor(url: string) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    const pgPath = createRequire(import.meta.url).resolve('pg');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url, pgPath, flag: this.flag.buffer, port: channel.port2 },
      transferList: [channel.port2],
    });
    this.worker.unref();
    this.call({ connect: true });
  }

  /** Runs one statement with $1… parameters; its rows. Throws PgError for what the server refuses. */
  query(sql: string, params: readonly unknown[] = []): Record<string, unknown>[] {
    return this.call({ sql, params: params.map(toWire) });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.call({ end: true });
    } finally {
      void this.worker.terminate();
    }
  }

  private call(message: object): Record<string, unknown>[] {
    if (this.closed && !('end' in message)) throw new Error('The database connection is closed.');
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage(message);
    // Bounded: a database that never answers becomes an error instead of a hang.
    if (Atomics.wait(this.flag, 0, 0, QUERY_TIMEOUT_MS) === 'timed-out') {
      throw new PgError('the database did not answer within 60 s', '57014');
    }
    const reply = ReplySchema.parse(receiveMessageOnPort(this.port)?.message);
    if ('error' in reply) throw new PgError(reply.error.message, reply.error.code);
    return reply.rows.map(fromWire);
  }
}

const QUERY_TIMEOUT_MS = 60_000;

/** What PostgreSQL refused, with its SQLSTATE code. */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const ReplySchema = z.union([
  z.object({ rows: z.array(z.record(z.string(), z.unknown())) }),
  z.object({ error: z.object({ message: z.string(), code: z.string().optional() }) }),
]);

/** Bytes cross the thread boundary as Uint8Array; the storage hands out Buffers, as SQLite does. */
const toWire = (value: unknown): unknown => (Buffer.isBuffer(value) ? new Uint8Array(value) : value);

function fromWire(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Uint8Array && !Buffer.isBuffer(value))
      row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return row;
}

// Plain CommonJS run by the worker (eval), so that it needs neither a loader nor a file of its own.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Client, types } = require(workerData.pgPath);
// bigint counts and ids as numbers (they stay far below 2^53 here), timestamps as ISO text.
types.setTypeParser(20, (v) => Number(v));
types.setTypeParser(1184, (v) => new Date(v).toISOString());
const client = new Client({ connectionString: workerData.url });
const flag = new Int32Array(workerData.flag);
const port = workerData.port;
function reply(message) {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
parentPort.on('message', async (message) => {
  try {
    if (message.connect) { await client.connect(); reply({ rows: [] }); return; }
    if (message.end) { await client.end(); reply({ rows: [] }); return; }
    const params = message.params.map((p) => (p instanceof Uint8Array ? Buffer.from(p) : p));
    const result = await client.query(message.sql, params);
    reply({ rows: Array.isArray(result) ? [] : result.rows });
  } catch (error) {
    reply({ error: { message: String(error && error.message || error), code: error && error.code } });
  }
});
client.on('error', () => undefined);
`;
