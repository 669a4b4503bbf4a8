// `npm run bench -- gateway`: what the gateway costs. The same DB-backed users query, sent straight
// to the users subgraph (with a valid signature) and through the gateway, in one run, each service
// in its own process as in production. Aim: the gateway keeps at least 60% of the subgraph's throughput.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { signIdentity, VIEWER_HEADER } from '../kit/viewer.ts';
import { createTestDatabase, deleteRedisKeys, REDIS_URL } from '../test/harness/platform.ts';
import { runLoad, type LoadResult } from './load.ts';
import { startService } from './processes.ts';
import { insertAccounts } from './seed.ts';

const USERS = 1000;
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
// Short rounds, interleaved: the machine's speed drifts during a run, and each round's ratio compares like with like.
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 4);

const QUERY = 'query Profile($handle: String!) { userByHandle(handle: $handle) { id handle displayName country followerCount followingCount createdAt } }';

export async function benchGateway(): Promise<void> {
  const database = await createTestDatabase();
  const prefix = `givegraph-bench-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const port = 24100 + Math.floor(Math.random() * 800);
  const usersUrl = `http://127.0.0.1:${port + 1}/graphql`;
  const env = {
    NODE_ENV: 'production', DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix,
    JWT_SECRET: secret, INTERNAL_SECRET: secret, PORT: String(port), USERS_URL: usersUrl,
  };
  const users = await startService('users', env);
  const gateway = await startService('gateway', env);
  try {
    await seed(database.url);
    const body = (n: number) => JSON.stringify({ query: QUERY, variables: { handle: `bench_${n % USERS}` } });
    const check = (text: string) => text.includes('"handle":"bench_');
    const targets = {
      subgraph: () => ({ url: usersUrl, headers: { [VIEWER_HEADER]: signIdentity({ viewer: null, platform: 'WEB', ip: '127.0.0.1' }, secret, Date.now() + 30_000) } }),
      gateway: () => ({ url: `http://127.0.0.1:${port}/graphql`, headers: {} }),
    };
    console.log(`gateway bench: ${USERS} users on PostgreSQL, ${CONCURRENCY} concurrent clients, ${ROUNDS} rounds of ${SECONDS}s per target\n`);
    const results: Record<string, LoadResult[]> = { subgraph: [], gateway: [] };
    for (const target of Object.values(targets)) await runLoad({ ...target(), body, check, concurrency: CONCURRENCY, seconds: 5 }); // warm up: JIT, pools, PostgreSQL's cache
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, target] of Object.entries(targets)) {
        // A fresh signature per round: the subgraph refuses one older than a minute.
        const result = await runLoad({ ...target(), body, check, concurrency: CONCURRENCY, seconds: SECONDS });
        results[name]!.push(result);
        console.log(`  round ${round + 1} ${name.padEnd(8)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50Ms.toFixed(1)} ms  p99 ${result.p99Ms.toFixed(1)} ms  errors ${result.errors}`);
      }
    }
    const mean = (list: LoadResult[], key: keyof LoadResult) => list.reduce((s, r) => s + r[key], 0) / list.length;
    const direct = mean(results['subgraph']!, 'perSecond');
    const via = mean(results['gateway']!, 'perSecond');
    console.log('\n| target | req/s | p50 ms | p99 ms |\n| --- | --- | --- | --- |');
    for (const name of ['subgraph', 'gateway']) {
      const list = results[name]!;
      console.log(`| ${name === 'subgraph' ? 'users subgraph, direct (baseline)' : 'through the gateway'} | ${mean(list, 'perSecond').toFixed(0)} | ${mean(list, 'p50Ms').toFixed(1)} | ${mean(list, 'p99Ms').toFixed(1)} |`);
    }
    const perRound = results['gateway']!.map((r, i) => r.perSecond / results['subgraph']![i]!.perSecond).sort((a, b) => a - b);
    const median = perRound[Math.floor(perRound.length / 2)]!;
    console.log(`\nratio per round: ${perRound.map((r) => `${(r * 100).toFixed(0)}%`).join(', ')}`);
    console.log(`ratio: the gateway keeps ${(median * 100).toFixed(0)}% (median of rounds; ${((via / direct) * 100).toFixed(0)}% of the mean) of the subgraph's throughput (aim: at least 60%)`);
  } finally {
    await gateway.stop();
    await users.stop();
    await database.drop();
    await deleteRedisKeys(prefix);
  }
}

async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await insertAccounts(client, USERS, 'bench_');
  await client.query(`update users.account set handle = 'bench_' || (substring(handle from 7)::int - 1)`);
  await client.end();
}
