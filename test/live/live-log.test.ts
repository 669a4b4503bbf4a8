// The numbering of live donations when the consumer applies a batch (under a burst): per
// broadcast, numbers from where the broadcast's log stands, in the order the donations came, no
// gap, a donation numbered once however often it comes, and one LiveDonationReceived per number.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { EventEnvelope } from '../../kit/events/bus.ts';
import { onceOnly, onceOnlyAll } from '../../kit/events/consumer.ts';
import { Outbox } from '../../kit/events/outbox.ts';
import type { SubgraphOrm } from '../../kit/db/orm.ts';
import { openOrmFor } from '../../kit/subgraph.ts';
import { donationsSubgraph } from '../../subgraphs/donations/index.ts';
import { liveLogConsumers } from '../../subgraphs/donations/modules/live/live-log.ts';
import { createTestDatabase, type TestDatabase } from '../harness/platform.ts';

let database: TestDatabase;
let orm: SubgraphOrm;
const consumers = liveLogConsumers(new Outbox('donations', 'donations'));

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrmFor(donationsSubgraph, { kind: 'postgresql', url: database.url });
});
afterAll(async () => {
  await orm.close();
  await database.drop();
});

const organizer = randomUUID();
const fundraiserId = randomUUID();

const succeeded = (donationId: string, broadcastId: string | null, anonymous = false): EventEnvelope => ({
  id: randomUUID(), type: 'DonationSucceeded', source: 'donations', occurredAt: new Date().toISOString(),
  payload: { donationId, donorId: randomUUID(), fundraiserId, anonymous, sourceType: broadcastId ? 'LIVE' : 'POST', sourceId: broadcastId ?? randomUUID() },
});

const sql = <T>(query: string, params: unknown[] = []) => orm.em.fork().execute<T[]>(query, params);

test('a batch numbers each broadcast on from its log, in arrival order, each donation once, with its events', async () => {
  await sql(`insert into "donations"."fundraiser_fact" ("fundraiser_id", "organizer_id", "status", "status_as_of") values (?, ?, 'ACTIVE', now())`, [fundraiserId, organizer]);
  const [one, two] = [randomUUID(), randomUUID()];
  const donations = Array.from({ length: 6 }, () => randomUUID());
  // The first donation of broadcast one was numbered earlier, alone.
  await onceOnly(orm, 'donations', 'donations', consumers['DonationSucceeded']!)(succeeded(donations[0]!, one));

  const batch = [
    succeeded(donations[1]!, one),
    succeeded(donations[2]!, two, true),
    succeeded(randomUUID(), null), // not from a broadcast: not numbered
    succeeded(donations[0]!, one), // the same donation again, under another event id
    succeeded(donations[3]!, one),
    succeeded(donations[2]!, two), // and again
    succeeded(donations[4]!, two),
  ];
  await onceOnlyAll(orm, 'donations', 'donations', consumers)(batch);

  const log = await sql<{ broadcast_id: string; sequence: number; donation_id: string }>(
    `select "broadcast_id", "sequence", "donation_id" from "donations"."live_donation" order by "broadcast_id" = ? desc, "sequence"`, [one],
  );
  expect(log.map((e) => [e.broadcast_id, Number(e.sequence), e.donation_id])).toEqual([
    [one, 1, donations[0]], [one, 2, donations[1]], [one, 3, donations[3]],
    [two, 1, donations[2]], [two, 2, donations[4]],
  ]);
  const events = await sql<{ payload: { payload: Record<string, unknown> } }>(
    `select "payload" from "donations"."outbox" where "type" = 'LiveDonationReceived' order by "seq"`,
  );
  const entry = (broadcastId: string, sequence: number, donationId: string, anonymous = false, donorId: unknown = expect.any(String)) =>
    ({ broadcastId, sequence, donationId, fundraiserId, anonymous, donorId, organizerId: organizer });
  // The one numbered alone first; then the batch, a broadcast at a time (in the order of their ids).
  const ofOne = [entry(one, 2, donations[1]!), entry(one, 3, donations[3]!)];
  const ofTwo = [entry(two, 1, donations[2]!, true, batch[1]!.payload['donorId']), entry(two, 2, donations[4]!)];
  expect(events.map((e) => e.payload.payload)).toEqual([entry(one, 1, donations[0]!), ...(one < two ? [...ofOne, ...ofTwo] : [...ofTwo, ...ofOne])]);

  // The same batch delivered again changes nothing.
  await onceOnlyAll(orm, 'donations', 'donations', consumers)(batch);
  const [{ n }] = await sql<{ n: number }>(`select count(*)::int as "n" from "donations"."live_donation"`) as [{ n: number }];
  expect(n).toBe(5);
});
