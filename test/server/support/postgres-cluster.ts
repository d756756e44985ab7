import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private PostgreSQL cluster for one test file: `initdb` in a temporary folder, a free port on
 * 127.0.0.1, trust authentication (nobody else can reach it), stopped and removed by `stop`. Run as the
 * `postgres` system user when the tests run as root (initdb refuses root). Debian's `postgresql` package
 * (scripts/setup.sh installs it) provides the binaries.
 */
export interface Cluster {
  /** A connection URL to a new, empty database of the cluster. */
  newDatabase(name: string): string;
  stop(): void;
}

const BIN = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find(
  (dir) => existsSync(join(dir, 'initdb')),
);

export async function startCluster(): Promise<Cluster> {
  if (!BIN) throw new Error('PostgreSQL is not installed: run scripts/setup.sh (Debian package postgresql).');
  const folder = mkdtempSync(join(tmpdir(), 'rbw-pg-'));
  chmodSync(folder, 0o777);
  const data = join(folder, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  run(join(BIN, 'initdb'), ['-D', data, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-instructions']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=off`;
  run(join(BIN, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    newDatabase(name) {
      run(join(BIN, 'psql'), ['-q', '-d', admin, '-c', `CREATE DATABASE "${name}"`]);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      const [file, argv] = asRoot
        ? ['runuser', ['-u', 'postgres', '--', join(BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']]
        : [join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']];
      spawnSync(file, argv, { stdio: 'ignore' });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
