// The donations service killed (SIGKILL) in the middle of a stream of donations, then restarted:
// clients retry with their idempotency keys as the apps do, Stripe's webhooks are retried until
// the service answers, and afterwards every total is exact, the ledger agrees, and every event
// was published.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { contract } from '../harness/contract.ts';
import { eventually } from '../harness/eventually.ts';
import { REDIS_URL, startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, personalInput, sql } from '../fundraisers/helpers.ts';
import { checkLedger } from '../../subgraphs/donations/modules/totals/ledger-check.ts';
import { openOrmFor } from '../../kit/subgraph.ts';
import { donationsSubgraph } from '../../subgraphs/donations/index.ts';

const root = join(import.meta.dirname, '../..');
const donationsPort = 26_000 + Math.floor(Math.random() * 2000);
const DONATIONS_URL = `http://127.0.0.1:${donationsPort}/graphql`;
let platform: TestPlatform;

beforeAll(async () => {
  // Everything but the donations service, which runs in a process of its own so that it can be killed.
  platform = await startTestPlatform({ services: ['gateway', 'users', 'nonprofits', 'fundraisers', 'content', 'stripe'], env: { DONATIONS_URL } });
});
afterAll(() => platform.stop());

function startDonations(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['platform/start.ts', 'donations'], {
    cwd: root,
    env: {
      ...process.env, NODE_OPTIONS: '', DATABASE_URL: platform.databaseUrl, REDIS_URL, REDIS_PREFIX: platform.config.redisPrefix,
      JWT_SECRET: platform.runtime.secrets.jwt, INTERNAL_SECRET: platform.runtime.secrets.internal, DONATIONS_URL, STRIPE_API_URL: platform.sandbox!.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`donations not ready:\n${output}`)), 60_000);
    child.stdout!.on('data', () => output.includes('Givegraph ready') && (clearTimeout(timer), resolve(child)));
    child.once('exit', (code) => reject(new Error(`donations exited with ${code}:\n${output}`)));
  });
}

describe('the donations service killed mid-stream', () => {
  it('loses nothing and counts nothing twice', async () => {
    let donations = await startDonations();
    const organizer = await signUp(platform);
    const fundraiser = await createdId(platform, organizer, personalInput({ goal: { amount: 1_000_000, currency: 'USD' } }));
    await eventually(async () => expect(await sql(platform, 'select status from donations.fundraiser_fact where fundraiser_id = $1', [fundraiser])).toEqual([{ status: 'ACTIVE' }]));
    const donors: TestAccount[] = await Promise.all(Array.from({ length: 10 }, () => signUp(platform)));
    const gifts = Array.from({ length: 60 }, (_, i) => ({ donor: donors[i % 10]!, amount: 500 + i, key: randomUUID() }));
    const send = (g: (typeof gifts)[number]) => platform.send(contract('Donate'), {
      input: { fundraiserId: fundraiser, amount: { amount: g.amount, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: g.key },
    }, { token: g.donor.token });

    const first = gifts.map((g, i) => new Promise((r) => setTimeout(r, i * 15)).then(() => send(g)));
    await new Promise((r) => setTimeout(r, 300));
    donations.kill('SIGKILL');
    const answered = await Promise.all(first);
    const lost = gifts.filter((_, i) => answered[i]!.data?.['donate']?.donation.status !== 'SUCCEEDED');
    expect(lost.length).toBeGreaterThan(0); // the kill did interrupt the stream

    donations = await startDonations();
    try {
      // The apps retry what failed, with the same keys: the same donations, never a second charge.
      for (const g of lost) {
        const again = await send(g);
        expect(again.data?.['donate']?.donation.status).toBe('SUCCEEDED');
      }
      await platform.sandbox!.drained();
      const expected = gifts.reduce((s, g) => s + g.amount, 0);
      await eventually(async () => {
        const { totals } = (await platform.send(contract('TotalsSnapshot'), { ids: [fundraiser] })).data!['fundraisersByIds'][0];
        expect([totals.raised.amount, totals.donationCount, totals.donorCount]).toEqual([expected, 60, 10]);
      }, 30_000);
      const orm = await openOrmFor(donationsSubgraph, { kind: 'postgresql', url: platform.databaseUrl });
      try {
        expect((await checkLedger(orm.em.fork())).differences).toEqual([]);
      } finally {
        await orm.close();
      }
      expect(await sql(platform, 'select count(*)::int as n from donations.donation where fundraiser_id = $1', [fundraiser])).toEqual([{ n: 60 }]);
      // Every event committed was published (the relay picks up where the killed process stopped).
      await eventually(async () => expect(await sql(platform, 'select count(*)::int as n from donations.outbox where published_at is null')).toEqual([{ n: 0 }]), 30_000);
      const [published] = await sql<{ n: number }>(platform, `select count(*)::int as n from donations.outbox where type = 'DonationSucceeded'`);
      expect(published!.n).toBe(60);
    } finally {
      donations.kill('SIGTERM');
      await new Promise((r) => donations.once('exit', r));
    }
  }, 240_000);
});
