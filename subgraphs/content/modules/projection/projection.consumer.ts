// Keeps the projections current from other subgraphs' events. Each event is applied once (the kit's
// onceOnly), and events of different types may arrive in any order (one stream per type), so each
// upsert keeps the newest fact and never loses an older event's details.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import { sharedFactConsumers } from '../../../../kit/facts/shared-facts.ts';

type Handler = (em: EntityManager, event: EventEnvelope) => Promise<void>;
const at = (value: unknown, event: EventEnvelope) => new Date(typeof value === 'string' ? value : event.occurredAt);

async function fundraiserFact(em: EntityManager, fact: { fundraiserId: string; organizerId?: string; kind?: string; beneficiaryId?: string | null; status: string }, asOf: Date) {
  await em.execute(
    `insert into "content"."fundraiser_fact" as f ("fundraiser_id", "organizer_id", "kind", "beneficiary_id", "status", "status_as_of")
     values (?, ?, ?, ?, ?, ?)
     on conflict ("fundraiser_id") do update set
       "organizer_id" = coalesce(excluded."organizer_id", f."organizer_id"),
       "kind" = coalesce(excluded."kind", f."kind"),
       "beneficiary_id" = coalesce(excluded."beneficiary_id", f."beneficiary_id"),
       "status" = case when excluded."status_as_of" >= f."status_as_of" then excluded."status" else f."status" end,
       "status_as_of" = greatest(excluded."status_as_of", f."status_as_of")`,
    [fact.fundraiserId, fact.organizerId ?? null, fact.kind ?? null, fact.beneficiaryId ?? null, fact.status, asOf],
  );
}

export const projectionConsumers: Record<string, Handler> = {
  ...sharedFactConsumers('content'),
  FundraiserCreated: (em, event) => {
    const p = event.payload as { fundraiserId: string; organizerId: string; kind: string; beneficiaryId: string | null; status: string; createdAt?: string };
    return fundraiserFact(em, p, at(p.createdAt, event));
  },
  FundraiserStatusChanged: (em, event) => {
    const p = event.payload as { fundraiserId: string; organizerId?: string; beneficiaryId?: string | null; status: string; changedAt?: string };
    return fundraiserFact(em, p, at(p.changedAt, event));
  },



  DonationSucceeded: async (em, event) => {
    const p = event.payload as { donationId: string; donorId: string; fundraiserId: string };
    // A refund that arrived first has already written the row, refunded: it stays refunded.
    await em.execute(
      `insert into "content"."donation_fact" ("donation_id", "donor_id", "fundraiser_id", "refunded") values (?, ?, ?, false) on conflict do nothing`,
      [p.donationId, p.donorId, p.fundraiserId],
    );
  },
  DonationRefunded: async (em, event) => {
    const p = event.payload as { donationId: string; donorId: string; fundraiserId: string };
    await em.execute(
      `insert into "content"."donation_fact" ("donation_id", "donor_id", "fundraiser_id", "refunded") values (?, ?, ?, true)
       on conflict ("donation_id") do update set "refunded" = true`,
      [p.donationId, p.donorId, p.fundraiserId],
    );
  },
};
