// Keeps the projections current from other subgraphs' events (each applied once; events of
// different types may arrive in any order, so the newest status wins and no detail is lost).
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { EventEnvelope } from '../../../../kit/events/bus.ts';
import { sharedFactConsumers } from '../../../../kit/facts/shared-facts.ts';
import { correctPrompted } from '../report/report-facts.ts';

type Handler = (em: EntityManager, event: EventEnvelope) => Promise<void>;

/** Remembers who owns a post, story or broadcast, for the reports' `prompted`. */
async function ownedBy(em: EntityManager, sourceId: string, ownerId: string | undefined): Promise<void> {
  if (!ownerId) return;
  await em.execute(`insert into "donations"."content_owner" ("source_id", "owner_id") values (?, ?) on conflict do nothing`, [sourceId, ownerId]);
  await correctPrompted(em, sourceId, ownerId);
}
const at = (value: unknown, event: EventEnvelope) => new Date(typeof value === 'string' ? value : event.occurredAt);

interface FundraiserFacts {
  fundraiserId: string;
  organizerId?: string;
  kind?: string;
  goal?: { amount: number; currency: string };
  fundingModel?: string;
  beneficiaryId?: string | null;
  status?: string;
}

/**
 * `asOf` orders status changes; a fact without a status (an edit) never moves it. The goal of the
 * creation never overwrites a goal an edit already brought (events of two types, two streams).
 */
async function fundraiserFact(em: EntityManager, fact: FundraiserFacts, asOf: Date, origin: 'created' | 'updated' | 'status'): Promise<void> {
  const hasStatus = fact.status !== undefined;
  await em.execute(
    `insert into "donations"."fundraiser_fact" as f ("fundraiser_id", "organizer_id", "kind", "currency", "goal", "funding_model", "beneficiary_id", "status", "status_as_of")
     values (?, ?, ?, ?, ?, ?, ?, coalesce(?, 'ACTIVE'), ?)
     on conflict ("fundraiser_id") do update set
       "organizer_id" = coalesce(excluded."organizer_id", f."organizer_id"),
       "kind" = coalesce(excluded."kind", f."kind"),
       "currency" = coalesce(excluded."currency", f."currency"),
       "goal" = case when ? = 'created' then coalesce(f."goal", excluded."goal") else coalesce(excluded."goal", f."goal") end,
       "funding_model" = coalesce(excluded."funding_model", f."funding_model"),
       "beneficiary_id" = coalesce(excluded."beneficiary_id", f."beneficiary_id"),
       "status" = case when ?::boolean and excluded."status_as_of" >= f."status_as_of" then excluded."status" else f."status" end,
       "status_as_of" = case when ?::boolean then greatest(excluded."status_as_of", f."status_as_of") else f."status_as_of" end`,
    [fact.fundraiserId, fact.organizerId ?? null, fact.kind ?? null, fact.goal?.currency ?? null, fact.goal?.amount ?? null, fact.fundingModel ?? null,
      fact.beneficiaryId ?? null, fact.status ?? null, hasStatus ? asOf : new Date(0), origin, hasStatus, hasStatus],
  );
}

export const projectionConsumers: Record<string, Handler> = {
  ...sharedFactConsumers('donations'),
  FundraiserCreated: (em, event) => {
    const p = event.payload as unknown as FundraiserFacts & { createdAt?: string };
    return fundraiserFact(em, p, at(p.createdAt, event), 'created');
  },
  // An edit (title, goal) changes no status.
  FundraiserUpdated: (em, event) => {
    const { status: _status, ...p } = event.payload as unknown as FundraiserFacts;
    return fundraiserFact(em, p, new Date(event.occurredAt), 'updated');
  },
  FundraiserStatusChanged: (em, event) => {
    const p = event.payload as unknown as FundraiserFacts & { changedAt?: string };
    return fundraiserFact(em, p, at(p.changedAt, event), 'status');
  },


  LiveStarted: async (em, event) => {
    const p = event.payload as { broadcastId: string; fundraiserId: string; hostId: string };
    await em.execute(`insert into "donations"."broadcast_fact" ("broadcast_id", "fundraiser_id") values (?, ?) on conflict do nothing`, [p.broadcastId, p.fundraiserId]);
    await ownedBy(em, p.broadcastId, p.hostId);
  },
  PostCreated: async (em, event) => {
    const p = event.payload as { postId: string; authorId: string };
    await ownedBy(em, p.postId, p.authorId);
  },
  StoryCreated: async (em, event) => {
    const p = event.payload as { storyId: string; authorId: string };
    await ownedBy(em, p.storyId, p.authorId);
  },

};
