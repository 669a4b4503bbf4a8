// What this subgraph keeps of other subgraphs' facts, from their events.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Feature } from '../../../../kit/rollout.ts';
import type { Platform } from '../../../../kit/viewer.ts';

/** A fundraiser (FundraiserCreated, FundraiserUpdated, FundraiserStatusChanged). */
export const FundraiserFactSchema = defineEntity({
  name: 'FundraiserFact',
  tableName: 'fundraiser_fact',
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

/** The staged rollout (the contract's defaults, then FundraisingRolloutChanged). */
export const RolloutFactSchema = defineEntity({
  name: 'RolloutFact',
  tableName: 'rollout_fact',
  properties: {
    feature: p.string().primary().$type<Feature>(),
    countries: p.array().$type<string[]>(),
    platforms: p.array().$type<Platform[]>(),
    asOf: p.datetime(),
  },
});

/** A live broadcast and the fundraiser it raises for (LiveStarted). */
export const BroadcastFactSchema = defineEntity({
  name: 'BroadcastFact',
  tableName: 'broadcast_fact',
  properties: {
    broadcastId: p.uuid().primary(),
    fundraiserId: p.uuid(),
  },
});

/** A nonprofit's verification (NonprofitVerified, NonprofitSuspended): only VERIFIED ones are matched. */
export const NonprofitFactSchema = defineEntity({
  name: 'NonprofitFact',
  tableName: 'nonprofit_fact',
  properties: {
    nonprofitId: p.uuid().primary(),
    status: p.string(),
    asOf: p.datetime(),
  },
});
