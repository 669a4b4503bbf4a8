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

/** How many entries one replay answers at most (the client asks again from the last one). */
export const LOG_PAGE_LIMIT = 100;

/** Only donations made from a broadcast are numbered; the others pass without a transaction (`relevant`). */
const fromBroadcast = (event: EventEnvelope) => {
  const { sourceType, sourceId } = event.payload as { sourceType?: string; sourceId?: string | null };
  return sourceType === 'LIVE' && typeof sourceId === 'string' && isUuid(sourceId);
};

export function liveLogConsumers(outbox: Outbox): Record<string, EventApply> {
  return {
    DonationSucceeded: Object.assign(async (em: EntityManager, event: EventEnvelope) => {
      const { donationId, donorId, fundraiserId, anonymous, sourceId } = event.payload as {
        donationId: string; donorId: string; fundraiserId: string; anonymous: boolean; sourceId: string;
      };
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`givegraph:live-log:${sourceId}`]);
      const [entry] = await em.execute<{ sequence: number; organizer_id: string | null }[]>(
        `insert into "donations"."live_donation" ("broadcast_id", "sequence", "donation_id", "created_at")
         select ?, coalesce(max("sequence"), 0) + 1, ?, now() from "donations"."live_donation" where "broadcast_id" = ?
         on conflict ("donation_id") do nothing
         returning "sequence", (select "organizer_id" from "donations"."fundraiser_fact" where "fundraiser_id" = ?) as "organizer_id"`,
        [sourceId, donationId, sourceId, fundraiserId],
      );
      if (!entry) return; // numbered already
      // Who may see an anonymous donor (besides admins): the gateway gives them their own view.
      await outbox.record(em, 'LiveDonationReceived', {
        broadcastId: sourceId, sequence: Number(entry.sequence), donationId, fundraiserId, anonymous,
        donorId, organizerId: entry.organizer_id ?? null,
      });
    }, { relevant: fromBroadcast }),
  };
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
