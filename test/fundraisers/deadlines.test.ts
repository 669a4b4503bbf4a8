// Deadlines: fundraisers end on time, once, whatever the number of scheduler instances; an
// ALL_OR_NOTHING fundraiser's deadline goes out for the donations subgraph to answer. Time is
// moved by handing the scheduler a later `now`, never by sleeping.
import { randomUUID } from 'node:crypto';
import { openOrmFor, type SubgraphDeps } from '../../kit/subgraph.ts';
import { Outbox } from '../../kit/events/outbox.ts';
import { onceOnly } from '../../kit/events/consumer.ts';
import { fundraisersSubgraph } from '../../subgraphs/fundraisers/index.ts';
import { deadlineScheduler } from '../../subgraphs/fundraisers/modules/deadline/deadline.scheduler.ts';
import { beneficiaryConsumers } from '../../subgraphs/fundraisers/modules/beneficiary/beneficiary.consumer.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, outboxEvents, personalInput, sql } from './helpers.ts';
import { eventually } from '../harness/eventually.ts';

let platform: TestPlatform;
let organizer: TestAccount;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  platform = await startTestPlatform();
  organizer = await signUp(platform);
});
afterAll(() => platform.stop());

/** A second instance of the fundraisers subgraph's scheduler: its own ORM on the same database. */
async function secondInstance(): Promise<{ deps: SubgraphDeps; close: () => Promise<void> }> {
  const orm = await openOrmFor(fundraisersSubgraph, { kind: 'postgresql', url: platform.databaseUrl });
  const first = platform.subgraphs.fundraisers!.deps;
  return { deps: { ...first, orm, outbox: new Outbox('fundraisers', 'fundraisers') }, close: () => orm.close() };
}

const statusOf = async (id: string) => (await sql<{ status: string }>(platform, 'select status from fundraisers.fundraiser where id = $1', [id]))[0]!.status;

describe('the deadline scheduler', () => {
  it('ends each due fundraiser exactly once with two instances running at once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await createdId(platform, organizer, personalInput({ durationDays: 3, fundingModel: i % 2 ? 'ALL_OR_NOTHING' : 'KEEP_IT_ALL' })));
    const notYet = await createdId(platform, organizer, personalInput({ durationDays: 5 }));
    const second = await secondInstance();
    try {
      const one = deadlineScheduler(platform.subgraphs.fundraisers!.deps, 1000);
      const two = deadlineScheduler(second.deps, 1000);
      const later = new Date(Date.now() + 4 * DAY);
      const closed = await Promise.all([one.runDue(later), two.runDue(later), one.runDue(later), two.runDue(later)]);
      expect(closed.reduce((a, b) => a + b, 0)).toBe(12);
      // ENDED; an ALL_OR_NOTHING one may already be FAILED: the donations subgraph, running too, may
      // have answered its deadline already (no pledge, the goal not reached).
      const statuses = await Promise.all(ids.map(statusOf));
      statuses.forEach((status, i) => expect(i % 2 ? ['ENDED', 'FAILED'] : ['ENDED']).toContain(status));
      expect(await statusOf(notYet)).toBe('ACTIVE');
      const changes = (await outboxEvents(platform, 'fundraisers', 'FundraiserStatusChanged'))
        .filter((e) => ids.includes(e.payload['fundraiserId'] as string) && e.payload['reason'] === 'DEADLINE');
      expect(changes.map((e) => e.payload['fundraiserId']).sort()).toEqual([...ids].sort());
      expect(changes.every((e) => e.payload['status'] === 'ENDED')).toBe(true);
      // ALL_OR_NOTHING: the deadline goes out once each, for the donations subgraph to charge or cancel the pledges.
      const reached = (await outboxEvents(platform, 'fundraisers', 'FundraiserDeadlineReached')).filter((e) => ids.includes(e.payload['fundraiserId'] as string));
      expect(reached.map((e) => e.payload['fundraiserId']).sort()).toEqual(ids.filter((_, i) => i % 2).sort());
      expect(reached[0]!.payload).toMatchObject({ goal: { amount: 500_000, currency: 'USD' }, reason: 'DEADLINE' });
    } finally {
      await second.close();
    }
  });

  it('catches up after a restart on whatever came due while it was down', async () => {
    const id = await createdId(platform, organizer, personalInput({ durationDays: 1 }));
    // The deadline passed while no scheduler ran: a fresh one, started later, ends it.
    await sql(platform, `update fundraisers.fundraiser set ends_at = now() - interval '1 hour' where id = $1`, [id]);
    const fresh = await secondInstance();
    try {
      const scheduler = deadlineScheduler(fresh.deps, 20);
      scheduler.start();
      const deadline = Date.now() + 5000;
      while ((await statusOf(id)) !== 'ENDED' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await scheduler.stop();
      expect(await statusOf(id)).toBe('ENDED');
    } finally {
      await fresh.close();
    }
  });
});

describe('an ALL_OR_NOTHING outcome', () => {
  const decided = (fundraiserId: string, outcome: string) => ({
    id: randomUUID(), type: 'FundraiserOutcomeDecided', source: 'donations', occurredAt: new Date().toISOString(), payload: { fundraiserId, outcome },
  });

  it('moves an ended fundraiser to SUCCEEDED or FAILED when the donations subgraph says so over the bus, once', async () => {
    const won = await createdId(platform, organizer, personalInput({ fundingModel: 'ALL_OR_NOTHING', durationDays: 2 }));
    const lost = await createdId(platform, organizer, personalInput({ fundingModel: 'ALL_OR_NOTHING', durationDays: 2 }));
    const still = await createdId(platform, organizer, personalInput({ fundingModel: 'ALL_OR_NOTHING', durationDays: 9 }));
    await deadlineScheduler(platform.subgraphs.fundraisers!.deps, 1000).runDue(new Date(Date.now() + 3 * DAY));
    const event = decided(won, 'SUCCEEDED');
    // An outcome for a fundraiser still ACTIVE is stale (a mistake upstream): nothing changes.
    await platform.runtime.bus.publish([event, event, decided(lost, 'FAILED'), decided(still, 'SUCCEEDED')]);
    await eventually(async () => {
      expect([await statusOf(won), await statusOf(lost)]).toEqual(['SUCCEEDED', 'FAILED']);
    });
    expect(await statusOf(still)).toBe('ACTIVE');
    const changes = (await outboxEvents(platform, 'fundraisers', 'FundraiserStatusChanged')).filter((e) => e.payload['fundraiserId'] === won);
    expect(changes.map((e) => [e.payload['previousStatus'], e.payload['status']])).toEqual([['ACTIVE', 'ENDED'], ['ENDED', 'SUCCEEDED']]);
  });
});

describe('the beneficiary projection', () => {
  it('applies each event once, and ignores one older than what it holds', async () => {
    const deps = platform.subgraphs.fundraisers!.deps;
    const handlers = beneficiaryConsumers(deps.outbox);
    const apply = (type: 'NonprofitVerified' | 'NonprofitSuspended') => onceOnly(deps.orm, 'fundraisers', 'projection-test', handlers[type]);
    const nonprofitId = randomUUID();
    const verified = { id: randomUUID(), type: 'NonprofitVerified', source: 'nonprofits', occurredAt: '2026-11-01T10:00:00.000Z', payload: { nonprofitId, verifiedAt: '2026-11-01T10:00:00.000Z' } };
    const suspended = { id: randomUUID(), type: 'NonprofitSuspended', source: 'nonprofits', occurredAt: '2026-11-02T10:00:00.000Z', payload: { nonprofitId, suspendedAt: '2026-11-02T10:00:00.000Z' } };
    await apply('NonprofitSuspended')(suspended);
    await apply('NonprofitVerified')(verified); // arrives late: older than the suspension
    await apply('NonprofitSuspended')(suspended); // delivered twice
    const rows = await sql(platform, 'select status from fundraisers.beneficiary where nonprofit_id = $1', [nonprofitId]);
    expect(rows).toEqual([{ status: 'SUSPENDED' }]);
    const reverified = { ...verified, id: randomUUID(), occurredAt: '2026-11-03T10:00:00.000Z', payload: { nonprofitId, verifiedAt: '2026-11-03T10:00:00.000Z' } };
    await apply('NonprofitVerified')(reverified);
    expect(await sql(platform, 'select status from fundraisers.beneficiary where nonprofit_id = $1', [nonprofitId])).toEqual([{ status: 'VERIFIED' }]);
  });
});
