import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OrganisationServer } from '../../service/api/server';
import { dispatch } from '../../service/api/dispatch';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { scoreAndStore } from '../../service/portfolio/score-unit';
import { anyFile } from '../../service/workbench/file-access';
import { indexTemplate } from '../../shared/template/template-index';
import { random } from '../../test/documents/edit-stream';
import { Browser } from '../../test/server/support/http-client';
import { zi } from '../../test/server/support/engines';
import { startCluster } from '../../test/server/support/postgres-cluster';
import { serve } from '../../test/server/support/rbw-process';
import type { BenchCase } from '../support/bench-case';
import { answerEdits } from '../support/edits';
import { figure, targets } from '../support/figure';
import { REPO, tempFolder } from '../support/files';
import { now, sampleInTurn } from '../support/measure';

const run = promisify(execFile);
const node = (...args: string[]) => run(process.execPath, args, { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });

const USERS = 200;
const OPD = 60;
const LARGE_PORTFOLIO = 600;
/** Deadline rate: each user saves an answer every 2 s on average (pauses drawn at random, exponential). */
const MEAN_PAUSE_MS = 2000;

/**
 * Case 12 (issue 24): the organisation's server (`rbw serve`) on a private PostgreSQL cluster. 200
 * signed-in users editing answers of 60 OPD documents at deadline rates over loopback (each edit's
 * time at the client, and the errors), beside the same edits through the single-user path (the API on
 * a local SQLite document) in the same run; the live Portofolio of 60 OPD (`POST /server/portfolio`, a
 * whole request) against `rbw score` of one of them, and of 600.
 */
export const serverCase: BenchCase = {
  name: 'server',
  title: 'Organisation server on PostgreSQL: 200 users editing, the live Portofolio',
  run: async ({ quick, runs, log }) => {
    log('  node scripts/build-cli.mjs (the bundle npm ci builds)');
    await node('scripts/build-cli.mjs');
    const folder = tempFolder('server');
    const cluster = await startCluster();
    const url = cluster.newDatabase('bench');
    const server = await serve(['--db', url]);
    const accounts = OrganisationServer.open(url);
    try {
      const index = indexTemplate(zi);
      const base = join(folder, 'base.rbw');
      await createDocument(base, { template: zi, author: 'bench' });
      log(
        `  generating ${OPD} + ${LARGE_PORTFOLIO} OPD documents (20 answers each, scores stored) and pushing them`,
      );
      const make = async (organisation: string, count: number) => {
        const ids: string[] = [];
        for (let unit = 0; unit < count; unit++) {
          const path = join(folder, `${organisation}-${String(unit).padStart(3, '0')}.rbw`);
          copyFileSync(base, path);
          const session = await DocumentSession.open(path);
          const edits = answerEdits(session.index, 20, unit + 1);
          setFields(
            session,
            edits.map((e) => ({ ...e, field: 'answer' as const })),
            'bench',
          );
          session.close();
          await scoreAndStore(path);
          ids.push(await accounts.push(path, organisation));
        }
        return ids;
      };
      const opd = await make('kab-60', OPD);
      await make('kab-600', LARGE_PORTFOLIO);
      log(`  ${USERS} accounts signing in`);
      for (let user = 0; user < USERS; user++)
        await accounts.addUser({
          login: `user-${user}`,
          password: 'rahasia-bench',
          role: 'coordinator',
          pokja: null,
          organisation: 'kab-60',
        });
      await accounts.addUser({
        login: 'koord-600',
        password: 'rahasia-bench',
        role: 'coordinator',
        pokja: null,
        organisation: 'kab-600',
      });
      const users = await Promise.all(
        Array.from({ length: USERS }, async (_, user) => {
          const browser = new Browser(server.url);
          const response = await browser.login(`user-${user}`, 'rahasia-bench');
          if (!response.ok) throw new Error(`user-${user} could not sign in (${response.status})`);
          return browser;
        }),
      );
      const koord600 = new Browser(server.url);
      await koord600.login('koord-600', 'rahasia-bench');
      // Every document opened once (as the first window to show it does), untimed.
      for (const documentId of opd) await users[0]?.call('documents.view', { documentId });

      const perUser = quick ? 5 : 20;
      log(`  ${USERS} users × ${perUser} edits at one per ${MEAN_PAUSE_MS / 1000} s each`);
      const latencies: number[] = [];
      let errors = 0;
      await Promise.all(
        users.map(async (browser, user) => {
          const rnd = random(1000 + user);
          const documentId = opd[user % OPD] as string;
          const edits = answerEdits(index, perUser, 7000 + user);
          for (const edit of edits) {
            await new Promise((resolve) => setTimeout(resolve, -Math.log(1 - rnd()) * MEAN_PAUSE_MS));
            const start = now();
            try {
              const reply = await browser.call('records.set', { documentId, ...edit, field: 'answer' });
              if (reply.status !== 200 || !reply.body.ok) errors++;
            } catch {
              errors++;
            }
            latencies.push(now() - start);
          }
        }),
      );

      log('  the same edits through the single-user path (API on a local SQLite document)');
      const local = join(folder, 'single-user.rbw');
      copyFileSync(join(folder, 'kab-60-000.rbw'), local);
      const context = { author: 'bench', files: anyFile };
      const view = (await dispatch('documents.open', { path: local }, context)) as { documentId: string };
      const single: number[] = [];
      for (const [i, edit] of answerEdits(index, latencies.length + 20, 99).entries()) {
        const start = now();
        await dispatch('records.set', { documentId: view.documentId, ...edit, field: 'answer' }, context);
        if (i >= 20) single.push(now() - start);
      }
      await dispatch('documents.close', { documentId: view.documentId }, context);

      log(`  the live Portofolio of ${OPD} and ${LARGE_PORTFOLIO} OPD, rbw score of one, in turn`);
      const coordinator = users[0] as Browser;
      const listing = async (browser: Browser, count: number) => {
        const reply = await browser.post('/server/portfolio', {});
        if (reply.body.value?.length !== count)
          throw new Error(`the portfolio listed ${reply.body.value?.length}`);
      };
      const rbw = join(REPO, 'bin', 'rbw.mjs');
      const [list60, list600, score] = await sampleInTurn(
        [
          { run: () => listing(coordinator, OPD) },
          { run: () => listing(koord600, LARGE_PORTFOLIO) },
          { run: () => node(rbw, 'score', join(folder, 'kab-60-042.rbw')) },
        ],
        runs(1, 7),
      );
      const edited = `${USERS} users, ${latencies.length} edits`;
      return [
        figure({
          id: 'server.edit.users',
          case: 12,
          what: `One answer saved on \`rbw serve\` (PostgreSQL), ${edited} at deadline rates, at the client`,
          samples: latencies,
          baseline: {
            what: 'the same edits through the API on a local SQLite document, one user',
            samples: single,
          },
          target: {
            text: 'p99 < 100 ms, 0 errors',
            met: (f) => (f.p99 ?? Infinity) < 100 && errors === 0,
          },
          note: `${errors} errors`,
        }),
        figure({
          id: 'server.portfolio.60',
          case: 12,
          what: `Live Portofolio of ${OPD} OPD (POST /server/portfolio, stored scores), a whole request`,
          samples: list60 as number[],
          baseline: {
            what: '`rbw score one.rbw` (one of them), a whole process',
            samples: score as number[],
          },
          target: targets.ratioAtMost(2),
        }),
        figure({
          id: 'server.portfolio.600',
          case: 12,
          what: `Live Portofolio of ${LARGE_PORTFOLIO} OPD, a whole request`,
          samples: list600 as number[],
          target: targets.medianBelow(1000),
        }),
      ];
    } finally {
      accounts.close();
      await server.stop();
      cluster.stop();
    }
  },
};
