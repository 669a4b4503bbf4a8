// What this subgraph keeps of other subgraphs' facts, from their events.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { nonprofitFactSchema, rolloutFactSchema } from '../../../../kit/facts/shared-facts.ts';

/** A fundraiser (FundraiserCreated, FundraiserUpdated, FundraiserStatusChanged). */
export const FundraiserFactSchema = defineEntity({
  name: 'FundraiserFact',
  tableName: 'fundraiser_fact',
  indexes: [{ name: 'fundraiser_fact_beneficiary', properties: ['beneficiaryId'] }],
  properties: {
    fundraiserId: p.uuid().primary(),
    organizerId: p.uuid().nullable(),
    kind: p.string().nullable(),
    currency: p.string().nullable(),
    goal: p.bigint('number').nullable(),
    fundingModel: p.string().nullable(),
    beneficiaryId: p.uuid().nullable(),
    status: p.string(),
    statusAsOf: p.datetime(),
  },
});
export type FundraiserFact = InferEntity<typeof FundraiserFactSchema>;

/** A live broadcast and the fundraiser it raises for (LiveStarted). */
export const BroadcastFactSchema = defineEntity({
  name: 'BroadcastFact',
  tableName: 'broadcast_fact',
  properties: {
    broadcastId: p.uuid().primary(),
    fundraiserId: p.uuid(),
  },
});

/** Who made a post, story or broadcast (PostCreated, StoryCreated, LiveStarted): a donation from it is prompted unless it is the donor's own. */
export const ContentOwnerSchema = defineEntity({
  name: 'ContentOwner',
  tableName: 'content_owner',
  properties: {
    sourceId: p.uuid().primary(),
    ownerId: p.uuid(),
  },
});

/** The rollout and the nonprofits' verification: the same tables in every subgraph that keeps them (kit/facts). */
export const RolloutFactSchema = rolloutFactSchema();
export const NonprofitFactSchema = nonprofitFactSchema();
