// `npm run bench -- reports`: 1,000,000 generated donations over a month (four currencies, every
// source, 20 countries, 100,000 donors, 2,000 fundraisers, some refunded, referred or matched),
// loaded in bulk, the closed days built as the donations service builds them (report-days.ts);
// the CampaignReport grouped by DAY, SOURCE and COUNTRY for the month, through the
// gateway, beside the same figures from one plain SQL aggregate over the raw donation rows in the
// same run. Aims: p99 under 300 ms, and at least 5 times faster than the plain aggregate.
// BENCH_KEEP=1 keeps the database for a look at the plans afterwards.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { issueToken } from '../kit/tokens.ts';
import { contract } from '../test/harness/contract.ts';
import { createTestDatabase, deleteRedisKeys, REDIS_URL } from '../test/harness/platform.ts';
import { startService, type ServiceProcess } from './processes.ts';
import { openOrmFor } from '../kit/subgraph.ts';
import { donationsSubgraph } from '../subgraphs/donations/index.ts';
import { buildReportDays } from '../subgraphs/donations/modules/report/report-days.ts';
import { CURRENCY_CODES, PLATFORM_CODES, SOURCE_CODES, codeOf } from '../subgraphs/donations/modules/report/report-codes.ts';

const DONATIONS = Number(process.env['BENCH_DONATIONS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const FROM = '2026-10-01T00:00:00Z';
const TO = '2026-11-01T00:00:00Z';
const COUNTRIES = ['US', 'GB', 'IE', 'FR', 'DE', 'ES', 'IT', 'NL', 'BE', 'PT', 'SE', 'NO', 'DK', 'FI', 'PL', 'AT', 'CH', 'CA', 'AU', 'JP'];

/** The same figures straight from the donation rows: one statement, no structure built for it. */
const PLAIN = `
  select (d.succeeded_at at time zone 'UTC')::date as day, d.source_type, d.country, d.currency,
    sum(d.amount) filter (where not (d.status = 'REFUNDED' or d.dispute_lost)) as raised,
    sum(coalesce(m.amount, 0)) as matched,
    sum(d.amount) filter (where d.status = 'REFUNDED' or d.dispute_lost) as refunded,
    count(*) filter (where not (d.status = 'REFUNDED' or d.dispute_lost)) as donations,
    count(distinct d.donor_id) filter (where not (d.status = 'REFUNDED' or d.dispute_lost)) as donors
  from donations.donation d
  left join (select donation_id, sum(amount) as amount from donations.match where not returned group by donation_id) m on m.donation_id = d.id
  where d.succeeded_at >= $1 and d.succeeded_at < $2 and d.status in ('SUCCEEDED', 'REFUNDED', 'DISPUTED')
  group by grouping sets ((1, 2, 3, 4), (1, 2, 3))`;

export async function benchReports(): Promise<void> {
  const database = await createTestDatabase();
  const prefix = `givegraph-bench-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const port = 24100 + Math.floor(Math.random() * 800);
  const env = {
    NODE_ENV: 'production', DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix, JWT_SECRET: secret, INTERNAL_SECRET: secret, PORT: String(port),
    DONATIONS_URL: `http://127.0.0.1:${port + 5}/graphql`, FUNDRAISERS_URL: `http://127.0.0.1:${port + 3}/graphql`, DEADLINE_CHECK_INTERVAL_MS: '3600000',
  };
  const processes: ServiceProcess[] = [];
  const client = new pg.Client({ connectionString: database.url });
  try {
    processes.push(await startService('donations', env));
    processes.push(await startService('gateway', env));
    await client.connect();
    const began = performance.now();
    await seed(client);
    const loaded = performance.now();
    // The closed days' figures, as the donations service builds them in the background.
    const orm = await openOrmFor(donationsSubgraph, { kind: 'postgresql', url: database.url });
    let days = 0;
    for (let built = -1; built !== 0; days += built) built = await buildReportDays(orm.em.fork(), new Date(Date.parse(TO) + 2 * 3_600_000));
    await orm.close();
    console.log(`reports bench: ${DONATIONS.toLocaleString('en-US')} donations over October 2026 loaded in ${((loaded - began) / 1000).toFixed(1)} s; `
      + `${days} closed days built in ${((performance.now() - loaded) / 1000).toFixed(1)} s; ${RUNS} runs of each\n`);

    const { token } = await issueToken({ kind: 'user', id: randomUUID(), roles: ['USER', 'ANALYST'], country: 'US', adult: true }, secret, 3600);
    const body = JSON.stringify({ query: contract('CampaignReport'), variables: { filter: { from: FROM, to: TO }, groupBy: ['DAY', 'SOURCE', 'COUNTRY'] } });
    const report = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const result = await response.json() as { data?: { campaignReport: { rows: { raised: { amount: number; currency: string }[]; donorCount: number }[] } }; errors?: unknown };
      if (!result.data) throw new Error(`report failed: ${JSON.stringify(result.errors)}`);
      return result.data.campaignReport;
    };
    const plain = () => client.query(PLAIN, [FROM, TO]);

    // The two must agree before their speed means anything.
    const [answer, { rows: plainRows }] = await Promise.all([report(), plain()]);
    const sumBy = (pairs: [string, number][]) => pairs.reduce((m, [c, a]) => m.set(c, (m.get(c) ?? 0) + a), new Map<string, number>());
    const fromReport = sumBy(answer.rows.flatMap((r) => r.raised.map((m) => [m.currency, m.amount] as [string, number])));
    const fromPlain = sumBy(plainRows.filter((r) => r.currency !== null).map((r) => [r.currency, Number(r.raised ?? 0)] as [string, number]));
    const donorsReport = answer.rows.reduce((s, r) => s + r.donorCount, 0);
    const donorsPlain = plainRows.filter((r) => r.currency === null).reduce((s, r) => s + Number(r.donors), 0);
    const agree = [...fromPlain].every(([c, a]) => fromReport.get(c) === a) && donorsReport === donorsPlain && answer.rows.length === plainRows.filter((r) => r.currency === null).length;
    console.log(`figures: ${answer.rows.length} rows; raised ${[...fromReport].map(([c, a]) => `${c} ${a}`).join(', ')}; ${agree ? 'the report and the plain aggregate agree' : 'THE REPORT AND THE PLAIN AGGREGATE DIFFER'}`);

    const times: Record<string, number[]> = { report: [], plain: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, run] of [['report', report], ['plain', plain]] as const) {
        const t0 = performance.now();
        await run();
        times[name]!.push(performance.now() - t0);
      }
    }
    const stats = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return { p50: at(0.5), p99: at(0.99) };
    };
    const r = stats(times['report']!);
    const p = stats(times['plain']!);
    console.log('\n| query | p50 ms | p99 ms |\n| --- | --- | --- |');
    console.log(`| CampaignReport by DAY, SOURCE, COUNTRY through the gateway | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} |`);
    console.log(`| one plain SQL aggregate over the donation rows (baseline) | ${p.p50.toFixed(0)} | ${p.p99.toFixed(0)} |`);
    console.log(`\nratio: the report is ${(p.p50 / r.p50).toFixed(1)}x faster at p50, ${(p.p99 / r.p99).toFixed(1)}x at p99 (aim: at least 5x); p99 ${r.p99.toFixed(0)} ms (aim: under 300 ms)`);
  } finally {
    await client.end().catch(() => {});
    for (const process of processes.reverse()) await process.stop();
    if (process.env['BENCH_KEEP']) console.log(`kept ${database.url}`);
    else await database.drop();
    await deleteRedisKeys(prefix);
  }
}

/** The donations, their matches and the report rows, generated in the database in one pass each. */
async function seed(client: pg.Client): Promise<void> {
  await client.query(`create temporary table fundraisers as
    select gen_random_uuid() as id, (array['USD','USD','USD','GBP','EUR','EUR','JPY'])[1 + (n % 7)] as currency,
      case when n % 3 = 0 then gen_random_uuid() end as nonprofit_id
    from generate_series(1, 2000) n`);
  await client.query(`insert into donations.fundraiser_fact (fundraiser_id, organizer_id, kind, currency, goal, funding_model, beneficiary_id, status, status_as_of)
    select id, gen_random_uuid(), case when nonprofit_id is null then 'PERSONAL_CAUSE' else 'NONPROFIT' end, currency, 10000000, 'KEEP_IT_ALL', nonprofit_id, 'ACTIVE', now() from fundraisers`);
  await client.query(`create temporary table donors as select n, gen_random_uuid() as id from generate_series(0, 99999) n`);
  await client.query(`create temporary table fundraiser_list as select row_number() over () - 1 as n, id, currency from fundraisers`);
  await client.query(`insert into donations.donation (id, donor_id, fundraiser_id, amount, currency, status, anonymous, source_type, source_id, referrer_id, country, platform,
      idempotency_key, created_at, succeeded_at, updated_at, dispute_lost)
    select gen_random_uuid(), d.id, f.id, case when f.currency = 'JPY' then 100 + (g * 7919) % 4900 else 100 + (g * 7919) % 4900 end, f.currency,
      case when g % 37 = 0 then 'REFUNDED' when g % 101 = 0 then 'DISPUTED' else 'SUCCEEDED' end, g % 10 = 0,
      (array['FUNDRAISER_PAGE','POST','STORY','LIVE','VIDEO'])[1 + g % 5], case when g % 5 = 0 then null else gen_random_uuid() end,
      case when g % 9 = 0 then gen_random_uuid() end,
      (array[${COUNTRIES.map((c) => `'${c}'`).join(',')}])[1 + ((g * 2654435761) % 4294967296) / 65536 % ${COUNTRIES.length}], (array['ANDROID','IOS','WEB'])[1 + ((g * 40503) % 65536) / 256 % 3],
      'bench-' || g, t, t, t, g % 202 = 0
    from generate_series(0::bigint, ${DONATIONS - 1}) g
    cross join lateral (select timestamptz '${FROM}' + (g::float8 / ${DONATIONS}) * interval '31 days' as t) tt
    join donors d on d.n = (g * 104729) % 100000
    join fundraiser_list f on f.n = (g * 15485863) % 2000`);
  // Matches: one donation in 20 to a nonprofit's fundraiser, at one for one.
  await client.query(`insert into donations.match (donation_id, campaign_id, donor_id, amount, returned, created_at)
    select d.id, '00000000-0000-4000-8000-000000000001', d.donor_id, d.amount, d.status = 'REFUNDED' or d.dispute_lost, d.succeeded_at
    from donations.donation d join donations.fundraiser_fact f on f.fundraiser_id = d.fundraiser_id
    where f.beneficiary_id is not null and d.idempotency_key like '%0'`);
  // The report rows, as the donations' transactions write them (and the migration backfills them).
  await client.query(`insert into donations.report_donation
    select d.id, d.succeeded_at, (d.succeeded_at at time zone 'UTC')::date, ${codeOf(SOURCE_CODES, 'd.source_type')}, d.country,
      ${codeOf(PLATFORM_CODES, 'd.platform')}, d.referrer_id is not null or d.source_type <> 'FUNDRAISER_PAGE', ${codeOf(CURRENCY_CODES, 'd.currency')},
      d.fundraiser_id, f.beneficiary_id, d.donor_id, d.amount,
      coalesce((select sum(m.amount) from donations.match m where m.donation_id = d.id and not m.returned), 0),
      case when d.status = 'REFUNDED' or d.dispute_lost then d.amount else 0 end,
      not (d.status = 'REFUNDED' or d.dispute_lost)
    from donations.donation d left join donations.fundraiser_fact f on f.fundraiser_id = d.fundraiser_id
    order by d.succeeded_at`);
  await client.query('vacuum analyze donations.donation');
  await client.query('vacuum analyze donations.report_donation');
  await client.query('vacuum analyze donations.match');
}
