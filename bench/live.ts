// `npm run bench -- live`: subscriptions through the gateway beside a raw `ws` broadcast floor
// measured in the same run, with the same client threads.
// (a) 10,000 subscribers to fundraiserTotalsUpdated (the contract's FundraiserTotals) for one
//     fundraiser while donations arrive at 50 a second: messages delivered per second while they
//     arrive, latency from the payment's success (the donate answer) to each client's message,
//     gateway memory per subscriber, executions per event. Aims: 70% of the floor's rate, p99 < 500 ms, < 20 KB per
//     subscriber, executions per event = groups (1 here), not subscribers.
// (b) 1,000 subscribers to liveDonationReceived (LiveDonations) at 50 donations a second: every
//     donation delivered to every subscriber, in order; p99 < 250 ms.
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { issueToken } from '../kit/tokens.ts';
import { parseMetrics } from '../kit/metrics.ts';
import { contract } from '../test/harness/contract.ts';
import { createTestDatabase, deleteRedisKeys, REDIS_URL } from '../test/harness/platform.ts';
import { cpuShares, cpuSnapshot } from './cpu.ts';
import { startService, type ServiceProcess } from './processes.ts';
import { insertAccounts } from './seed.ts';

const TOTALS_SUBSCRIBERS = Number(process.env['BENCH_SUBSCRIBERS'] ?? 10_000);
const LOG_SUBSCRIBERS = Number(process.env['BENCH_LOG_SUBSCRIBERS'] ?? 1_000);
const RATE = Number(process.env['BENCH_DONATIONS_PER_SECOND'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** Donations before each part's measured seconds (BENCH_WARM_UP_SECONDS). */
const WARM_UP_SECONDS = Number(process.env['BENCH_WARM_UP_SECONDS'] ?? 3);
/**
 * The gateway's conflation interval for the run (LIVE_TOTALS_INTERVAL_MS). Not the gateway's 250 ms
 * default: at 250 ms, 10,000 subscribers of one fundraiser can be sent at most 40,000 messages a
 * second, under half of this machine's floor, whatever the fan-out costs. At 100 ms they ask for
 * more than the machine can write, as the floor does, so (a) measures what the fan-out delivers.
 */
const INTERVAL_MS = process.env['BENCH_INTERVAL_MS'] ?? '100';
const THREADS = 2;
/** Started in this order; processes[i] runs SERVICES[i]. */
const SERVICES = ['stripe', 'users', 'fundraisers', 'donations', 'gateway'];
const DONORS = 50;
const now = () => performance.timeOrigin + performance.now();

interface ClientReport { messages: number; outOfOrder: number; arrivals: Float64Array; ids: string[] }

class Clients {
  readonly #workers: Worker[];
  firstCount = -1;
  private constructor(workers: Worker[]) {
    this.#workers = workers;
  }

  static async open(url: string, sockets: number, mode: 'totals' | 'log' | 'floor', query?: string, variables?: Record<string, unknown>): Promise<Clients> {
    const workers = Array.from({ length: THREADS }, (_, i) => new Worker(join(import.meta.dirname, 'live-clients.ts'), {
      workerData: { url, sockets: Math.floor(sockets / THREADS) + (i < sockets % THREADS ? 1 : 0), mode, query, variables },
    }));
    const clients = new Clients(workers);
    const ready = await Promise.all(workers.map((w) => new Promise<{ firstCount: number }>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    })));
    clients.firstCount = Math.max(...ready.map((r) => r.firstCount));
    return clients;
  }

  start(): void {
    for (const w of this.#workers) w.postMessage({ start: true });
  }

  stop(): Promise<ClientReport[]> {
    return Promise.all(this.#workers.map((w) => new Promise<ClientReport>((resolve) => {
      w.once('message', resolve);
      w.postMessage({ stop: true });
    })));
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => new Promise<void>((resolve) => {
      w.once('exit', () => resolve());
      w.postMessage({ close: true });
    })));
  }
}

export async function benchLive(): Promise<void> {
  const database = await createTestDatabase();
  const prefix = `givegraph-bench-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const port = 26100 + Math.floor(Math.random() * 800);
  const url = (n: number) => `http://127.0.0.1:${port + n}/graphql`;
  const env = {
    NODE_ENV: 'production', DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix, JWT_SECRET: secret, INTERNAL_SECRET: secret, PORT: String(port),
    USERS_URL: url(1), NONPROFITS_URL: url(2), FUNDRAISERS_URL: url(3), CONTENT_URL: url(4), DONATIONS_URL: url(5), STRIPE_API_URL: `http://127.0.0.1:${port + 9}`,
    DEADLINE_CHECK_INTERVAL_MS: '3600000', LIVE_TOTALS_INTERVAL_MS: INTERVAL_MS,
  };
  const processes: ServiceProcess[] = [];
  try {
    processes.push(await startService('stripe', { ...env, STRIPE_API_URL: '', STRIPE_SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/stripe` }));
    for (const service of SERVICES.slice(1, -1)) processes.push(await startService(service, env));
    const gateway = await startService('gateway', env);
    processes.push(gateway);
    const { fundraiserId, broadcastId, tokens } = await seed(database.url, url(0), secret);
    console.log(`live bench: one fundraiser, donations at ${RATE}/s for ${WARM_UP_SECONDS} s of warm-up then ${SECONDS} s per part, conflation every ${INTERVAL_MS} ms, ` +
      `clients in ${THREADS} threads; services in their own processes\n`);

    // The floor: a bare ws server writing one pre-built frame (a totals message of the same size) to every socket.
    const sample = JSON.stringify({ id: '1', type: 'next', payload: { data: { fundraiserTotalsUpdated: {
      sequence: 123456, fundraiser: { id: fundraiserId, title: 'Bench: the live fundraiser', goal: { amount: 10_000_000, currency: 'USD' } },
      raised: { amount: 1234567, currency: 'USD' }, pledged: { amount: 0, currency: 'USD' }, matched: { amount: 0, currency: 'USD' }, donationCount: 2345, donorCount: 50, progress: 0.1234567,
    } } } });
    const floorPort = port + 20;
    const floor = fork(join(import.meta.dirname, 'live-floor.ts'), [String(floorPort), sample], { stdio: 'inherit', execArgv: [] });
    await new Promise((resolve) => floor.once('message', resolve));
    const floorBefore = rssKb(floor.pid!);
    const floorClients = await Clients.open(`ws://127.0.0.1:${floorPort}`, TOTALS_SUBSCRIBERS, 'floor');
    const floorPerSocket = (rssKb(floor.pid!) - floorBefore) / TOTALS_SUBSCRIBERS;
    const floorPids = { floor: floor.pid, 'bench (clients)': process.pid };
    const floorCpuBefore = cpuSnapshot(floorPids);
    floorClients.start();
    floor.send('start');
    await sleep(5_000);
    floor.send('stop');
    const floorRate = sum(await floorClients.stop(), 'messages') / 5;
    const floorCpu = cpuShares(floorCpuBefore, cpuSnapshot(floorPids), 5);
    await floorClients.close();
    floor.kill();
    console.log(`floor: raw ws broadcast to ${TOTALS_SUBSCRIBERS.toLocaleString('en-US')} sockets: ${Math.round(floorRate).toLocaleString('en-US')} messages/s, ${floorPerSocket.toFixed(1)} KB per socket`);
    console.log(`    CPU (100% = one core): ${floorCpu}`);

    // (a) totals
    const give = donor(url(0), tokens, fundraiserId);
    const gatewayBefore = rssKb(gateway.child.pid!);
    const opened = performance.now();
    const totals = await Clients.open(`ws://127.0.0.1:${port}/graphql`, TOTALS_SUBSCRIBERS, 'totals', contract('FundraiserTotals'), { fundraiserId });
    await sleep(2_000);
    const perSubscriber = (rssKb(gateway.child.pid!) - gatewayBefore) / TOTALS_SUBSCRIBERS;
    console.log(`(a) ${TOTALS_SUBSCRIBERS.toLocaleString('en-US')} subscribers ready in ${((performance.now() - opened) / 1000).toFixed(1)} s`);
    // Warm-up, as the other benches do: donations flow for a while before anything is measured
    // (the services compile their hot paths; the first reads fill PostgreSQL's cache).
    const warmedUp = await give(WARM_UP_SECONDS, RATE);
    const metricsBefore = await metrics(port);
    const pids = { 'bench (clients, donors)': process.pid, ...Object.fromEntries(SERVICES.map((name, i) => [name, processes[i]!.child.pid])) };
    let cpuBefore = cpuSnapshot(pids);
    totals.start();
    const window = { from: now(), to: 0 };
    const succeeded = await give(SECONDS, RATE);
    window.to = now();
    await sleep(1_500); // for the last donations' latencies
    const reports = await totals.stop();
    const cpuA = cpuShares(cpuBefore, cpuSnapshot(pids), SECONDS + 1.5);
    const metricsAfter = await metrics(port);
    await totals.close();
    // The rate while donations arrive: after the last one, conflated totals have nothing new to send.
    const delivered = arrivedWithin(reports, window.from, window.to) / ((window.to - window.from) / 1000);
    const latencyA = totalsLatencies(reports, succeeded.map((d) => d.at).sort((x, y) => x - y), totals.firstCount + warmedUp.length);
    const events = metricsAfter.events - metricsBefore.events;
    const executions = metricsAfter.executions - metricsBefore.executions;
    console.log(`(a) ${succeeded.length} donations; ${Math.round(delivered).toLocaleString('en-US')} messages/s delivered (${pct(delivered / floorRate)} of the floor); ` +
      `latency p50 ${latencyA.p50.toFixed(0)} ms, p99 ${latencyA.p99.toFixed(0)} ms; ${perSubscriber.toFixed(1)} KB per subscriber; ` +
      `${executions} executions for ${events} events (${(executions / Math.max(events, 1)).toFixed(2)} per event, 1 group)`);
    console.log(`    CPU (100% = one core): ${cpuA}`);

    // (b) live donations
    const log = await Clients.open(`ws://127.0.0.1:${port}/graphql`, LOG_SUBSCRIBERS, 'log', contract('LiveDonations'), { broadcastId });
    const giveLive = donor(url(0), tokens, fundraiserId, broadcastId);
    await giveLive(WARM_UP_SECONDS, RATE);
    await sleep(1_000);
    cpuBefore = cpuSnapshot(pids);
    log.start();
    const live = await giveLive(SECONDS, RATE);
    await sleep(2_000);
    const logReports = await log.stop();
    const cpuB = cpuShares(cpuBefore, cpuSnapshot(pids), SECONDS + 2);
    await log.close();
    const expected = live.length * LOG_SUBSCRIBERS;
    const got = sum(logReports, 'messages');
    const latencyB = logLatencies(logReports, new Map(live.map((d) => [d.id, d.at])));
    console.log(`(b) ${live.length} live donations x ${LOG_SUBSCRIBERS.toLocaleString('en-US')} subscribers: ${got.toLocaleString('en-US')} of ${expected.toLocaleString('en-US')} delivered, ` +
      `${sum(logReports, 'outOfOrder')} out of order; latency p50 ${latencyB.p50.toFixed(0)} ms, p99 ${latencyB.p99.toFixed(0)} ms`);
    console.log(`    CPU (100% = one core): ${cpuB}`);

    console.log('\n| part | figure | aim |\n| --- | --- | --- |');
    console.log(`| floor | ${Math.round(floorRate).toLocaleString('en-US')} messages/s, ${floorPerSocket.toFixed(1)} KB/socket | |`);
    console.log(`| (a) delivered | ${Math.round(delivered).toLocaleString('en-US')} messages/s = ${pct(delivered / floorRate)} of the floor | ≥ 70% |`);
    console.log(`| (a) latency | p50 ${latencyA.p50.toFixed(0)} ms, p99 ${latencyA.p99.toFixed(0)} ms | p99 < 500 ms |`);
    console.log(`| (a) memory | ${perSubscriber.toFixed(1)} KB per subscriber | < 20 KB |`);
    console.log(`| (a) executions | ${(executions / Math.max(events, 1)).toFixed(2)} per event (1 group) | = groups |`);
    console.log(`| (b) delivered | ${got} of ${expected}, ${sum(logReports, 'outOfOrder')} out of order | all |`);
    console.log(`| (b) latency | p50 ${latencyB.p50.toFixed(0)} ms, p99 ${latencyB.p99.toFixed(0)} ms | p99 < 250 ms |`);
  } finally {
    for (const p of processes.reverse()) await p.stop();
    await database.drop();
    await deleteRedisKeys(prefix);
  }
}

/** Donates at `rate` a second for `seconds`, with up to 25 in flight; answers each success and when it was answered. */
function donor(gatewayUrl: string, tokens: string[], fundraiserId: string, broadcastId?: string) {
  const query = contract('Donate');
  return async (seconds: number, rate: number) => {
    const done: { id: string; at: number }[] = [];
    const inFlight = new Set<Promise<void>>();
    const began = performance.now();
    for (let n = 0; performance.now() - began < seconds * 1000; n++) {
      const due = began + (n * 1000) / rate;
      if (due > performance.now()) await sleep(due - performance.now());
      if (inFlight.size >= 25) await Promise.race(inFlight);
      const input = {
        fundraiserId, amount: { amount: 500 + (n % 500), currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(),
        ...(broadcastId ? { source: { type: 'LIVE', id: broadcastId } } : {}),
      };
      const request = fetch(gatewayUrl, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % tokens.length]}`, 'x-client-platform': 'ANDROID' },
        body: JSON.stringify({ query, variables: { input } }),
      }).then(async (response) => {
        const body = await response.json() as { data?: { donate?: { donation?: { id: string; status: string } } } };
        const donation = body.data?.donate?.donation;
        if (donation?.status === 'SUCCEEDED') done.push({ id: donation.id, at: now() });
      }).catch(() => {}).finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    await Promise.all(inFlight);
    return done;
  };
}

/** Totals messages that arrived between `from` and `to`. */
function arrivedWithin(reports: ClientReport[], from: number, to: number): number {
  let n = 0;
  for (const { arrivals } of reports) for (let i = 0; i < arrivals.length; i += 3) if (arrivals[i]! >= from && arrivals[i]! <= to) n++;
  return n;
}

/** Each client's first message counting the k-th donation, against when the k-th success was answered. */
function totalsLatencies(reports: ClientReport[], answered: number[], firstCount: number) {
  const histogram = new Uint32Array(60_001);
  for (const { arrivals } of reports) {
    for (let i = 0; i < arrivals.length; i += 3) {
      const [at, before, after] = [arrivals[i]!, arrivals[i + 1]!, arrivals[i + 2]!];
      for (let k = before + 1; k <= after; k++) {
        const t = answered[k - firstCount - 1];
        if (t !== undefined) histogram[Math.min(60_000, Math.max(0, Math.round(at - t)))]!++;
      }
    }
  }
  return percentiles(histogram);
}

function logLatencies(reports: ClientReport[], answered: Map<string, number>) {
  const histogram = new Uint32Array(60_001);
  for (const { arrivals, ids } of reports) {
    for (let i = 0; i < arrivals.length; i += 2) {
      const t = answered.get(ids[arrivals[i + 1]!]!);
      if (t !== undefined) histogram[Math.min(60_000, Math.max(0, Math.round(arrivals[i]! - t)))]!++;
    }
  }
  return percentiles(histogram);
}

function percentiles(histogram: Uint32Array) {
  const total = histogram.reduce((s, n) => s + n, 0);
  const at = (q: number) => {
    let seen = 0;
    for (let ms = 0; ms < histogram.length; ms++) if ((seen += histogram[ms]!) >= q * total) return ms;
    return NaN;
  };
  return { p50: at(0.5), p99: at(0.99), samples: total };
}

async function seed(databaseUrl: string, gatewayUrl: string, secret: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const donors = await insertAccounts(client, DONORS, 'livebench');
    const tokens = await Promise.all(donors.map(async (id) => (await issueToken({ kind: 'user', id, roles: ['USER'], country: 'US', adult: true }, secret, 3600)).token));
    const organizer = (await insertAccounts(client, 1, 'liveorganizer'))[0]!;
    const { token } = await issueToken({ kind: 'user', id: organizer, roles: ['USER'], country: 'US', adult: true }, secret, 3600);
    const created = await (await fetch(gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-client-platform': 'ANDROID' },
      body: JSON.stringify({ query: contract('CreateFundraiser'), variables: { input: {
        title: 'Bench: the live fundraiser', description: 'Donations at a steady rate.', kind: 'PERSONAL_CAUSE', category: 'COMMUNITY', goal: { amount: 10_000_000, currency: 'USD' },
      } } }),
    })).json() as { data?: { createFundraiser?: { id: string } }; errors?: unknown };
    const fundraiserId = created.data?.createFundraiser?.id;
    if (!fundraiserId) throw new Error(`could not create the fundraiser: ${JSON.stringify(created.errors)}`);
    for (let i = 0; ; i++) {
      const { rows } = await client.query('select 1 from donations.fundraiser_fact where fundraiser_id = $1', [fundraiserId]);
      if (rows.length > 0) break;
      if (i > 200) throw new Error('donations never heard of the fundraiser');
      await sleep(50);
    }
    // The broadcast as donations knows it (content's LiveStarted would bring the same row).
    const broadcastId = randomUUID();
    await client.query('insert into donations.broadcast_fact (broadcast_id, fundraiser_id) values ($1, $2)', [broadcastId, fundraiserId]);
    return { fundraiserId, broadcastId, tokens };
  } finally {
    await client.end();
  }
}

async function metrics(port: number) {
  const values = parseMetrics(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
  return { events: values.get('givegraph_live_events_total{service="gateway"}') ?? 0, executions: values.get('givegraph_live_executions_total{service="gateway"}') ?? 0 };
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0);
}

const sum = (reports: ClientReport[], key: 'messages' | 'outOfOrder') => reports.reduce((s, r) => s + r[key], 0);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
