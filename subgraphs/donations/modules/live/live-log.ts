// The log of each live broadcast's donations, as `liveDonationReceived` delivers it: every succeeded
// donation made from a broadcast (source LIVE) takes the broadcast's next sequence number, once,
// and goes out as LiveDonationReceived for the gateways. Numbering happens here, from the
// DonationSucceeded event, not in the payment's transaction: donations to one hot broadcast never
// wait on each other to pay, only to be numbered (a short lock per broadcast, held to the commit,
// so that numbers commit in order).
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import type { EventApply } from '../../../../kit/events/consumer.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import { arrayLiteral } from '../../../../kit/db/arrays.ts';

/** How many entries one replay answers at most (the client asks again from the last one). */
export const LOG_PAGE_LIMIT = 100;

/** Only donations made from a broadcast are numbered; the others pass without a transaction (`relevant`). */
const fromBroadcast = (event: EventEnvelope) => {
  const { sourceType, sourceId } = event.payload as { sourceType?: string; sourceId?: string | null };
  return sourceType === 'LIVE' && typeof sourceId === 'string' && isUuid(sourceId);
};

interface Succeeded {
  donationId: string;
  donorId: string;
  fundraiserId: string;
  anonymous: boolean;
  sourceId: string;
}

export function liveLogConsumers(outbox: Outbox): Record<string, EventApply> {
  const payload = (event: EventEnvelope) => event.payload as unknown as Succeeded;
  return {
    DonationSucceeded: Object.assign((em: EntityManager, event: EventEnvelope) => numberAll(em, outbox, [payload(event)]), {
      relevant: fromBroadcast,
      all: (em: EntityManager, events: EventEnvelope[]) => numberAll(em, outbox, events.map(payload)),
    }),
  };
}

/**
 * Numbers donations (one, or the consumer's batch under a burst): per broadcast, one lock held to
 * the commit and one statement numbering its new donations in the order they came, from the
 * broadcast's last number; a donation already numbered is skipped. Then their LiveDonationReceived
 * events, with who may see an anonymous donor besides admins (the gateway gives them their own view).
 */
async function numberAll(em: EntityManager, outbox: Outbox, donations: Succeeded[]): Promise<void> {
  const byBroadcast = new Map<string, Succeeded[]>();
  for (const donation of donations) {
    const batch = byBroadcast.get(donation.sourceId);
    if (batch) batch.push(donation);
    else byBroadcast.set(donation.sourceId, [donation]);
  }
  // Locks in one order whatever the batch, so that two instances never wait on each other in a cycle.
  for (const broadcastId of [...byBroadcast.keys()].sort()) {
    const batch = byBroadcast.get(broadcastId)!;
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`givegraph:live-log:${broadcastId}`]);
    const entries = await em.execute<{ sequence: number; donation_id: string; organizer_id: string | null }[]>(
      `with "given" as (
         select distinct on (g."donation_id") g."donation_id", g."fundraiser_id", g."n"
         from unnest(?::uuid[], ?::uuid[]) with ordinality as g("donation_id", "fundraiser_id", "n")
         where not exists (select 1 from "donations"."live_donation" l where l."donation_id" = g."donation_id")
         order by g."donation_id", g."n"),
       "numbered" as (
         insert into "donations"."live_donation" ("broadcast_id", "sequence", "donation_id", "created_at")
         select ?, (select coalesce(max("sequence"), 0) from "donations"."live_donation" where "broadcast_id" = ?) + row_number() over (order by "n"), "donation_id", now()
         from "given"
         returning "sequence", "donation_id")
       select n."sequence", n."donation_id", f."organizer_id"
       from "numbered" n join "given" g using ("donation_id")
       left join "donations"."fundraiser_fact" f on f."fundraiser_id" = g."fundraiser_id"
       order by n."sequence"`,
      [arrayLiteral(batch.map((d) => d.donationId)), arrayLiteral(batch.map((d) => d.fundraiserId)), broadcastId, broadcastId],
    );
    const byId = new Map<string, Succeeded>();
    for (const donation of batch) if (!byId.has(donation.donationId)) byId.set(donation.donationId, donation); // the first, as numbered
    await outbox.recordAll(em, 'LiveDonationReceived', entries.map((entry) => {
      const { donationId, fundraiserId, anonymous, donorId } = byId.get(entry.donation_id)!;
      return { broadcastId, sequence: Number(entry.sequence), donationId, fundraiserId, anonymous, donorId, organizerId: entry.organizer_id ?? null };
    }));
  }
}

export interface LiveLogEntry {
  sequence: number;
  donationId: string;
  broadcastId: string;
}

/**
 * The broadcast's donations after `afterSequence`, oldest first, at most `first`; with no
 * `afterSequence`, the newest `first` entries (still oldest first).
 */
export async function readLiveLog(em: EntityManager, broadcastId: string, afterSequence: number | null, first: number): Promise<LiveLogEntry[]> {
  const rows = afterSequence === null
    ? (await em.execute<{ sequence: number; donation_id: string }[]>(
        `select "sequence", "donation_id" from "donations"."live_donation" where "broadcast_id" = ? order by "sequence" desc limit ?`,
        [broadcastId, first],
      )).reverse()
    : await em.execute<{ sequence: number; donation_id: string }[]>(
        `select "sequence", "donation_id" from "donations"."live_donation" where "broadcast_id" = ? and "sequence" > ? order by "sequence" limit ?`,
        [broadcastId, afterSequence, first],
      );
  return rows.map((r) => ({ sequence: Number(r.sequence), donationId: r.donation_id, broadcastId }));
}
