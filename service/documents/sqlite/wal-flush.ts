import { closeSync, fsync, openSync } from 'node:fs';

/**
 * The flush to the disk of a document's write-ahead log, begun in the background right after a commit
 * and waited for before anyone is told of it (see DocumentDatabase.deferringSync).
 *
 * A commit in WAL mode appends its pages to the `-wal` file and, with `synchronous = FULL`, then syncs
 * that file, blocking the thread for as long as the disk takes. With `synchronous = NORMAL` SQLite writes
 * the very same pages and skips only that last sync (sqlite3WalFrames: no padding either, as
 * SQLITE_POWERSAFE_OVERWRITE is on; the WAL header of a new or restarted log is still synced by SQLite
 * itself). Syncing the same file here, on libuv's thread pool, makes the commit as durable as FULL does,
 * while this thread goes on computing the scores of the answer.
 *
 * Flushes settle in the order of their commits; once one has failed, every later one fails too (the
 * log's frames are chained by their checksums: a later commit cannot outlive a lost earlier one).
 */
export class WalFlush {
  private fd: number | null = null;
  private last: Promise<void> = Promise.resolve();
  /** Flushes begun and not settled (the handle is closed only once none is). */
  private pending = 0;

  constructor(private readonly databasePath: string) {}

  /**
   * Begins the flush of everything written to the log so far (called right after a commit). Never
   * throws: the commit is made, so a log that cannot even be opened is a failed flush, told by done().
   */
  start(): void {
    const flushed = this.flushNow();
    const previous = this.last;
    this.last = previous.then(() => flushed);
    // Whoever waits hears of a failure; nobody waiting must not make it an unhandled rejection.
    flushed.catch(() => undefined);
    this.last.catch(() => undefined);
  }

  private flushNow(): Promise<void> {
    try {
      this.fd ??= openSync(`${this.databasePath}-wal`, 'r+');
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const fd = this.fd;
    this.pending++;
    return new Promise<void>((resolve, reject) =>
      fsync(fd, (error) => {
        this.pending--;
        if (error) reject(error);
        else resolve();
      }),
    );
  }

  /** Settles once every flush begun so far has (rejects with the first failure). */
  done(): Promise<void> {
    return this.last;
  }

  /**
   * Closes the log's handle (before SQLite closes the database, which may delete the log); a flush
   * still under way keeps it until it has settled.
   */
  close(): void {
    const fd = this.fd;
    if (fd === null) return;
    this.fd = null;
    if (this.pending === 0) closeSync(fd);
    else void this.last.finally(() => closeSync(fd)).catch(() => undefined);
  }
}
