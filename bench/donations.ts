// `npm run bench -- donations`: succeeded donations per second end to end (the donate mutation
// through the gateway, the Stripe sandbox, its webhooks, the totals), 50 concurrent donors,
// (a) spread over 1,000 fundraisers and (b) all to ONE fundraiser (a viral live), beside a raw SQL
// baseline in the same run: the same inserts and updates straight to PostgreSQL, 50 connections.
// Aims: (b) keeps at least 80% of (a) (a hot fundraiser must not serialize on one row), and the
// end-to-end rate is at least a quarter of the raw baseline.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { METRICS, parseMetrics } from '../kit/metrics.ts';
import { issueToken } from '../kit/tokens.ts';
import { contract } from '../test/harness/contract.ts';
import { createTestDatabase, deleteRedisKeys, REDIS_URL } from '../test/harness/platform.ts';
import { runLoad, type LoadResult } from './load.ts';
import { cpuShares, cpuSnapshot } from './cpu.ts';
import { startService, type ServiceProcess } from './processes.ts';

const FUNDRAISERS = 1_000;
const DONORS = 50;
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? DONORS);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const SHARDS = 8;

export async function benchDonations(): Promise<void> {
  const database = await createTestDatabase();
  const prefix = `givegraph-bench-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const port = 27100 + Math.floor(Math.random() * 800);
  const env = {
    NODE_ENV: 'production', DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix, JWT_SECRET: secret, INTERNAL_SECRET: secret, PORT: String(port),
    DONATIONS_URL: `http://127.0.0.1:${port + 5}/graphql`, STRIPE_API_URL: `http://127.0.0.1:${port + 9}`, DEADLINE_CHECK_INTERVAL_MS: '3600000',
  };
  const processes: ServiceProcess[] = [];
  try {
    processes.push(await startService('stripe', { ...env, STRIPE_API_URL: '', STRIPE_SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/stripe` }));
    processes.push(await startService('donations', env));
    processes.push(await startService('gateway', env));
    const fundraisers = await seed(database.url);
    const tokens = await Promise.all(Array.from({ length: DONORS }, async () => (await issueToken({ kind: 'user', id: randomUUID(), roles: ['USER'], country: 'US', adult: true }, secret, 3600)).token));
    console.log(`donations bench: ${FUNDRAISERS} fundraisers, ${DONORS} donors, ${CONCURRENCY} concurrent, ${ROUNDS} rounds of ${SECONDS}s per target; services in their own processes\n`);

    const donate = contract('Donate');
    const body = (pick: (n: number) => string) => (n: number) => JSON.stringify({ query: donate, variables: { input: {
      fundraiserId: pick(n), amount: { amount: 500 + (n % 500), currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(),
    } } });
    const spread = (n: number) => fundraisers[(n * 7919) % FUNDRAISERS]!;
    const hot = () => fundraisers[0]!;
    const check = (text: string) => text.includes('"status":"SUCCEEDED"');
    const e2e = (pick: (n: number) => string) => runLoad({
      url: `http://127.0.0.1:${port}/graphql`, headers: { 'x-client-platform': 'ANDROID' }, clientHeaders: (i) => ({ authorization: `Bearer ${tokens[i % DONORS]}` }),
      body: body(pick), check, concurrency: CONCURRENCY, seconds: SECONDS,
    });
    const pool = new pg.Pool({ connectionString: database.url, max: CONCURRENCY });
    const pids = { bench: process.pid, stripe: processes[0]!.child.pid, donations: processes[1]!.child.pid, gateway: processes[2]!.child.pid };
    // The donations service's SQL statements so far (its GET /metrics).
    const statements = async () => {
      const metrics = parseMetrics(await (await fetch(`http://127.0.0.1:${port + 5}/metrics`)).text());
      return [...metrics].filter(([key]) => key.startsWith(METRICS.sqlStatements)).reduce((sum, [, value]) => sum + value, 0);
    };
    await e2e(spread); // warm up
    const results: Record<string, LoadResult[]> = { 'raw SQL, spread': [], 'raw SQL, one fundraiser': [], 'end to end, spread (a)': [], 'end to end, one fundraiser (b)': [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries({
        'raw SQL, spread': () => raw(pool, spread),
        'raw SQL, one fundraiser': () => raw(pool, hot),
        'end to end, spread (a)': () => e2e(spread),
        'end to end, one fundraiser (b)': () => e2e(hot),
      })) {
        const before = cpuSnapshot(pids);
        const statementsBefore = await statements();
        const result = await run();
        const cpu = cpuShares(before, cpuSnapshot(pids), result.seconds);
        const perDonation = ((await statements()) - statementsBefore) / result.requests;
        results[name]!.push(result);
        console.log(`  round ${round + 1} ${name.padEnd(32)} ${result.perSecond.toFixed(0).padStart(6)}/s  p50 ${result.p50Ms.toFixed(1)} ms  p99 ${result.p99Ms.toFixed(1)} ms  errors ${result.errors}`);
        console.log(`    CPU (100% = one core): ${cpu}${name.startsWith('end') ? `; donations service: ${perDonation.toFixed(1)} SQL statements per donation` : ''}`);
      }
    }
    await pool.end();
    const mean = (name: string, key: keyof LoadResult) => results[name]!.reduce((s, r) => s + r[key], 0) / results[name]!.length;
    console.log('\n| target | donations/s | p50 ms | p99 ms |\n| --- | --- | --- | --- |');
    for (const name of Object.keys(results)) console.log(`| ${name} | ${mean(name, 'perSecond').toFixed(0)} | ${mean(name, 'p50Ms').toFixed(1)} | ${mean(name, 'p99Ms').toFixed(1)} |`);
    const a = mean('end to end, spread (a)', 'perSecond');
    const b = mean('end to end, one fundraiser (b)', 'perSecond');
    const rawRate = mean('raw SQL, spread', 'perSecond');
    console.log(`\nratio: one hot fundraiser keeps ${((b / a) * 100).toFixed(0)}% of the spread rate (aim: at least 80%)`);
    console.log(`ratio: end to end runs at ${((a / rawRate) * 100).toFixed(0)}% of the raw SQL baseline (aim: at least 25%)`);
  } finally {
    for (const p of processes.reverse()) await p.stop();
    await database.drop();
    await deleteRedisKeys(prefix);
  }
}

/** The same writes a succeeded donation makes, straight to PostgreSQL, one transaction each. */
function raw(pool: pg.Pool, pick: (n: number) => string): Promise<LoadResult> {
  let n = 0;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const i = n++;
      const fundraiserId = pick(i);
      const donorId = randomUUID();
      const amount = 500 + (i % 500);
      const began = performance.now();
      const c = await pool.connect();
      try {
        await c.query('begin');
        const id = randomUUID();
        await c.query(`insert into donations.donation (id, donor_id, fundraiser_id, amount, currency, status, anonymous, source_type, country, platform, idempotency_key, created_at, succeeded_at, updated_at)
          values ($1, $2, $3, $4, 'USD', 'SUCCEEDED', false, 'FUNDRAISER_PAGE', 'US', 'ANDROID', $5, now(), now(), now())`, [id, donorId, fundraiserId, amount, randomUUID()]);
        await c.query(`insert into donations.fundraiser_donor as d (fundraiser_id, donor_id, succeeded) values ($1, $2, 1) on conflict (fundraiser_id, donor_id) do update set succeeded = d.succeeded + 1`, [fundraiserId, donorId]);
        await c.query(`insert into donations.totals_shard as t (fundraiser_id, shard, raised, pledged, matched, donation_count, donor_count, changes) values ($1, $2, $3, 0, 0, 1, 1, 1)
          on conflict (fundraiser_id, shard) do update set raised = t.raised + excluded.raised, donation_count = t.donation_count + 1, donor_count = t.donor_count + 1, changes = t.changes + 1`, [fundraiserId, Math.floor(Math.random() * SHARDS), amount]);
        await c.query(`insert into donations.ledger_entry (donation_id, fundraiser_id, donor_id, kind, amount, currency, created_at) values ($1, $2, $3, 'SUCCEEDED', $4, 'USD', now())`, [id, fundraiserId, donorId, amount]);
        await c.query(`insert into donations.report_donation (donation_id, at, day, source, country, platform, prompted, currency, fundraiser_id, nonprofit_id, donor_id, amount, matched, refunded, counted)
          values ($1, now(), current_date, 1, 'US', 1, false, 1, $2, null, $3, $4, 0, 0, true)`, [id, fundraiserId, donorId, amount]);
        await c.query(`select sum(raised), sum(changes), (select beneficiary_id from donations.fundraiser_fact where fundraiser_id = $1) from donations.totals_shard where fundraiser_id = $1`, [fundraiserId]);
        for (const type of ['FundraiserTotalsChanged', 'DonationSucceeded']) {
          // Marked published: the same write, without the relay sending a baseline's empty events.
          await c.query(`insert into donations.outbox (id, type, payload, occurred_at, published_at) values ($1, $2, '{}'::jsonb, now(), now())`, [randomUUID(), type]);
        }
        await c.query('commit');
        latencies.push(performance.now() - began);
      } catch {
        errors++;
        await c.query('rollback').catch(() => {});
      } finally {
        c.release();
      }
    }
  };
  return Promise.all(Array.from({ length: CONCURRENCY }, client)).then(() => {
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((x, y) => x - y);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
  });
}

async function seed(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = Array.from({ length: FUNDRAISERS }, () => randomUUID());
    await client.query(
      `insert into donations.fundraiser_fact (fundraiser_id, organizer_id, kind, currency, goal, funding_model, status, status_as_of)
       select id, gen_random_uuid(), 'PERSONAL_CAUSE', 'USD', 10000000, 'KEEP_IT_ALL', 'ACTIVE', now() from unnest($1::uuid[]) as t(id)`,
      [ids],
    );
    return ids;
  } finally {
    await client.end();
  }
}
