// What the content subgraph keeps of other subgraphs' events: facts arriving in any order or
// twice, and a content service that was down catching up on what it missed, without doubling.
import { randomUUID } from 'node:crypto';
import { onceOnly } from '../../kit/events/consumer.ts';
import { projectionConsumers } from '../../subgraphs/content/modules/projection/projection.consumer.ts';
import { contract } from '../harness/contract.ts';
import { eventually } from '../harness/eventually.ts';
import { sharedWith, startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';
import { createdId, sql } from '../fundraisers/helpers.ts';

let platform: TestPlatform;
beforeAll(async () => {
  // Everything but the content subgraph, which the tests start and stop themselves.
  platform = await startTestPlatform({ services: ['gateway', 'users', 'nonprofits', 'fundraisers'] });
});
afterAll(() => platform.stop());

const envelope = (type: string, occurredAt: string, payload: Record<string, unknown>) => ({ id: randomUUID(), type, source: 'test', occurredAt, payload });

describe('the content projections', () => {
  it('keep the newest fact whatever the order, and apply a repeated event once', async () => {
    const content = await startTestPlatform({ shared: sharedWith(platform), services: ['content'] });
    try {
      const { orm } = content.subgraphs.content!.deps;
      const apply = (event: ReturnType<typeof envelope>) => onceOnly(orm, 'content', 'projection-test', projectionConsumers[event.type]!)(event);
      const fundraiserId = randomUUID();
      const organizerId = randomUUID();
      const ended = envelope('FundraiserStatusChanged', '2026-11-02T00:00:00.000Z', { fundraiserId, organizerId, status: 'ENDED', changedAt: '2026-11-02T00:00:00.000Z' });
      await apply(ended);
      await apply(envelope('FundraiserCreated', '2026-11-01T00:00:00.000Z', { fundraiserId, organizerId, kind: 'NONPROFIT', beneficiaryId: null, status: 'ACTIVE', createdAt: '2026-11-01T00:00:00.000Z' }));
      await apply(ended);
      expect(await sql(platform, 'select organizer_id, kind, status from content.fundraiser_fact where fundraiser_id = $1', [fundraiserId]))
        .toEqual([{ organizer_id: organizerId, kind: 'NONPROFIT', status: 'ENDED' }]);

      const donationId = randomUUID();
      const donation = { donationId, donorId: randomUUID(), fundraiserId };
      await apply(envelope('DonationRefunded', '2026-11-03T00:00:00.000Z', donation));
      await apply(envelope('DonationSucceeded', '2026-11-02T12:00:00.000Z', donation));
      expect(await sql(platform, 'select refunded from content.donation_fact where donation_id = $1', [donationId])).toEqual([{ refunded: true }]);
    } finally {
      await content.stop();
    }
  });

  it('catch up after the content service was down, each event once', async () => {
    const organizer = await signUp(platform);
    // Published while no content service runs.
    const first = await createdId(platform, organizer);
    const content = await startTestPlatform({ shared: sharedWith(platform), services: ['content'] });
    const seen = (id: string, status: string) => eventually(async () => {
      const [row] = await sql(platform, 'select status from content.fundraiser_fact where fundraiser_id = $1', [id]);
      expect(row?.['status']).toBe(status);
    });
    await seen(first, 'ACTIVE');
    await content.stop();
    await platform.send(contract('EndFundraiser'), { id: first }, { token: organizer.token });
    const second = await createdId(platform, organizer);
    const again = await startTestPlatform({ shared: sharedWith(platform), services: ['content'] });
    try {
      await seen(first, 'ENDED');
      await seen(second, 'ACTIVE');
      const applied = await sql<{ n: number }>(platform, `select count(*)::int as n from content.processed_event where consumer = 'content'`);
      const published = await sql<{ n: number }>(platform, `select count(*)::int as n from fundraisers.outbox where type in ('FundraiserCreated', 'FundraiserStatusChanged')`);
      // Every fundraiser event applied once (the nonprofits' and users' events it consumes: none here).
      expect(applied[0]!.n).toBe(published[0]!.n);
    } finally {
      await again.stop();
    }
  });
});
