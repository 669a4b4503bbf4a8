// `npm run bench -- fundraiser-page`: the contract's FundraiserPage document through the gateway
// against 10,000 seeded fundraisers, each service in its own process; beside it, the fundraisers subgraph asked directly for its own part of the page (the baseline),
// and a list of 100 fundraisers with their organizers and beneficiaries. For each: requests/s,
// p50/p99, and the SQL statements and subgraph fetches per request, read from every service's
// GET /metrics (entity references must be batched: 100 organizers in one fetch and one query).
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { parseMetrics } from '../kit/metrics.ts';
import { signIdentity, VIEWER_HEADER } from '../kit/viewer.ts';
import { contract } from '../test/harness/contract.ts';
import { createTestDatabase, deleteRedisKeys, REDIS_URL } from '../test/harness/platform.ts';
import { runLoad, type LoadResult } from './load.ts';
import { startService, type ServiceProcess } from './processes.ts';
import { insertAccounts } from './seed.ts';

const FUNDRAISERS = 10_000;
const ORGANIZERS = 1_000;
const NONPROFITS = 200;
const UPDATES_PER_FUNDRAISER = 3;
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
/** Requests sent one at a time while the counters are read. */
const COUNTED = 200;
const SERVICES = ['users', 'nonprofits', 'fundraisers', 'donations'] as const;
/** Each service's port, after the gateway's (PORT + 1, 2, 3, then donations at PORT + 5). */
const OFFSETS = [0, 1, 2, 3, 5];

/** The fundraisers subgraph's own part of the page, asked of it directly. */
const DIRECT = `query FundraiserPage($id: ID!) {
  fundraiser(id: $id) {
    id title description kind category status fundingModel endsAt createdAt
    goal { amount currency }
    organizer { id }
    beneficiary { id }
    updates(first: 5) { edges { node { id text createdAt } } }
  }
}`;
const LIST = `query Fundraisers($ids: [ID!]!) {
  fundraisersByIds(ids: $ids) { id title status goal { amount currency } organizer { id handle displayName } beneficiary { id name verificationStatus } }
}`;

export async function benchFundraiserPage(): Promise<void> {
  const database = await createTestDatabase();
  const prefix = `givegraph-bench-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const port = 25100 + Math.floor(Math.random() * 800);
  const url = (n: number) => `http://127.0.0.1:${port + n}/graphql`;
  const env = {
    NODE_ENV: 'production', DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix, JWT_SECRET: secret, INTERNAL_SECRET: secret,
    PORT: String(port), USERS_URL: url(1), NONPROFITS_URL: url(2), FUNDRAISERS_URL: url(3), DONATIONS_URL: url(5),
    // No deadline is due during the run: the scheduler's own statements stay out of the counts.
    DEADLINE_CHECK_INTERVAL_MS: '3600000',
  };
  const processes: ServiceProcess[] = [];
  try {
    for (const service of [...SERVICES, 'gateway']) processes.push(await startService(service, env));
    const began = performance.now();
    const ids = await seed(database.url);
    console.log(`fundraiser-page bench: ${FUNDRAISERS.toLocaleString('en-US')} fundraisers by ${ORGANIZERS} organizers (${NONPROFITS} nonprofits, ` +
      `${UPDATES_PER_FUNDRAISER} updates each), seeded in ${((performance.now() - began) / 1000).toFixed(1)} s; ` +
      `${CONCURRENCY} concurrent clients, ${ROUNDS} rounds of ${SECONDS}s per target\n`);

    const page = contract('FundraiserPage');
    const one = (query: string) => (n: number) => JSON.stringify({ query, variables: { id: ids[(n * 7919) % ids.length] } });
    const hundred = (n: number) => JSON.stringify({ query: LIST, variables: { ids: Array.from({ length: 100 }, (_, i) => ids[(n * 100 + i) % ids.length]) } });
    const gateway = () => ({ url: url(0), headers: {} });
    const targets: Record<string, { target: () => { url: string; headers: Record<string, string> }; body: (n: number) => string; label: string }> = {
      direct: {
        label: 'fundraisers subgraph, its own part of the page (baseline)',
        // A fresh signature per round: a subgraph refuses one older than a minute.
        target: () => ({ url: url(3), headers: { [VIEWER_HEADER]: signIdentity({ viewer: null, platform: 'WEB', ip: '127.0.0.1' }, secret, Date.now() + 30_000) } }),
        body: one(DIRECT),
      },
      page: { label: 'FundraiserPage through the gateway', target: gateway, body: one(page) },
      list: { label: '100 fundraisers with organizers and beneficiaries, through the gateway', target: gateway, body: hundred },
    };
    // BENCH_TARGETS=direct,page runs only those (e.g. to profile one with BENCH_PROFILE).
    const only = process.env['BENCH_TARGETS']?.split(',');
    if (only) for (const name of Object.keys(targets)) if (!only.includes(name)) delete targets[name];
    const check = (text: string) => text.startsWith('{"data"') && !text.includes('"errors"');

    const work: Record<string, { statements: Record<string, number>; fetches: Record<string, number> }> = {};
    for (const [name, { target, body }] of Object.entries(targets)) {
      await runLoad({ ...target(), body, check, concurrency: CONCURRENCY, seconds: 3 }); // warm up: JIT, pools, PostgreSQL's cache
      work[name] = await countWork(port, target(), body, check);
    }
    const results: Record<string, LoadResult[]> = Object.fromEntries(Object.keys(targets).map((n) => [n, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, { target, body }] of Object.entries(targets)) {
        const result = await runLoad({ ...target(), body, check, concurrency: CONCURRENCY, seconds: SECONDS });
        results[name]!.push(result);
        console.log(`  round ${round + 1} ${name.padEnd(7)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50Ms.toFixed(1)} ms  p99 ${result.p99Ms.toFixed(1)} ms  errors ${result.errors}`);
      }
    }
    const mean = (list: LoadResult[], key: keyof LoadResult) => list.reduce((s, r) => s + r[key], 0) / list.length;
    const per = (counts: Record<string, number>) => Object.entries(counts).filter(([, v]) => v > 0.005).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') || 'none';
    console.log('\n| target | req/s | p50 ms | p99 ms | SQL statements per request | subgraph fetches per request |\n| --- | --- | --- | --- | --- | --- |');
    for (const [name, { label }] of Object.entries(targets)) {
      const list = results[name]!;
      console.log(`| ${label} | ${mean(list, 'perSecond').toFixed(0)} | ${mean(list, 'p50Ms').toFixed(1)} | ${mean(list, 'p99Ms').toFixed(1)} | ${per(work[name]!.statements)} | ${name === 'direct' ? '(direct)' : per(work[name]!.fetches)} |`);
    }
    if (!results['page'] || !results['direct']) return;
    const ratios = results['page'].map((r, i) => r.perSecond / results['direct']!.at(i)!.perSecond).sort((a, b) => a - b);
    console.log(`\nratio: the whole page through the gateway runs at ${(ratios[Math.floor(ratios.length / 2)]! * 100).toFixed(0)}% of the fundraisers subgraph's own part asked directly (median of rounds: ${ratios.map((r) => `${(r * 100).toFixed(0)}%`).join(', ')})`);
  } finally {
    for (const process of processes.reverse()) await process.stop();
    await database.drop();
    await deleteRedisKeys(prefix);
  }
}

/** SQL statements (per service) and subgraph fetches (per subgraph) per request, over COUNTED requests sent one at a time. */
async function countWork(port: number, target: { url: string; headers: Record<string, string> }, body: (n: number) => string, check: (text: string) => boolean) {
  const read = async () => {
    const all = new Map<string, number>();
    for (const n of OFFSETS) for (const [k, v] of parseMetrics(await (await fetch(`http://127.0.0.1:${port + n}/metrics`)).text())) all.set(k, v);
    return all;
  };
  const before = await read();
  for (let n = 0; n < COUNTED; n++) {
    const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: body(n) });
    if (!check(await response.text())) throw new Error(`unexpected answer from ${target.url}`);
  }
  const after = await read();
  const delta = (key: string) => ((after.get(key) ?? 0) - (before.get(key) ?? 0)) / COUNTED;
  return {
    statements: Object.fromEntries(SERVICES.map((s) => [s, delta(`givegraph_sql_statements_total{service="${s}"}`)])),
    fetches: Object.fromEntries(SERVICES.map((s) => [s, delta(`givegraph_subgraph_fetches_total{subgraph="${s}"}`)])),
  };
}

async function seed(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const organizers = await insertAccounts(client, ORGANIZERS, 'organizer_');
    const nonprofits = Array.from({ length: NONPROFITS }, () => randomUUID());
    await client.query(
      `insert into nonprofits.nonprofit (id, registry, registration_number, name, city, country, kind, listed, verification_status, verified_at, updated_at)
       select id, 'US_IRS', lpad((100000000 + n)::text, 9, '0'), 'Bench Nonprofit ' || n, 'Denver', 'US', 'PC', true, 'VERIFIED', now(), now()
       from unnest($1::uuid[]) with ordinality as t(id, n)`,
      [nonprofits],
    );
    const ids = Array.from({ length: FUNDRAISERS }, () => randomUUID());
    await client.query(
      `insert into fundraisers.fundraiser (id, organizer_id, kind, category, title, description, beneficiary_id, goal_amount, currency, funding_model, status, created_at, ends_at, updated_at)
       select id, ($2::uuid[])[1 + n % $4], case when n % 3 = 0 then 'NONPROFIT' else 'PERSONAL_CAUSE' end, 'COMMUNITY',
              'Bench fundraiser ' || n, repeat('A story worth telling. ', 20), case when n % 3 = 0 then ($3::uuid[])[1 + n % $5] end,
              100000 + n, 'USD', 'KEEP_IT_ALL', 'ACTIVE', now() - make_interval(mins => n::int), now() + interval '20 days', now()
       from unnest($1::uuid[]) with ordinality as t(id, n)`,
      [ids, organizers, nonprofits, ORGANIZERS, NONPROFITS],
    );
    await client.query(
      `insert into fundraisers.fundraiser_update (id, fundraiser_id, author_id, text, created_at)
       select gen_random_uuid(), f.id, f.organizer_id, 'Update ' || k || ': thank you all!', now() - make_interval(mins => k)
       from fundraisers.fundraiser f cross join generate_series(1, $1) as k`,
      [UPDATES_PER_FUNDRAISER],
    );
    await client.query('analyze');
    return ids;
  } finally {
    await client.end();
  }
}
