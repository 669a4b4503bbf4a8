// What this subgraph keeps of other subgraphs' facts, from their events: the rules of posts,
// stories and live broadcasts are checked against these, never by calling another service.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { nonprofitFactSchema, rolloutFactSchema } from '../../../../kit/facts/shared-facts.ts';

/** A fundraiser (FundraiserCreated, FundraiserStatusChanged). Its details may arrive after a status change. */
export const FundraiserFactSchema = defineEntity({
  name: 'FundraiserFact',
  tableName: 'fundraiser_fact',
  properties: {
    fundraiserId: p.uuid().primary(),
    organizerId: p.uuid().nullable(),
    kind: p.string().nullable(),
    beneficiaryId: p.uuid().nullable(),
    status: p.string(),
    /** When the status applied happened: an older change arriving late changes nothing. */
    statusAsOf: p.datetime(),
  },
});
export type FundraiserFact = InferEntity<typeof FundraiserFactSchema>;

/** A succeeded donation (DonationSucceeded), until it is refunded (DonationRefunded). */
export const DonationFactSchema = defineEntity({
  name: 'DonationFact',
  tableName: 'donation_fact',
  indexes: [{ name: 'donation_fact_donor', properties: ['donorId', 'fundraiserId'] }],
  properties: {
    donationId: p.uuid().primary(),
    donorId: p.uuid(),
    fundraiserId: p.uuid(),
    refunded: p.boolean(),
  },
});

/** The rollout and the nonprofits' verification: the same tables in every subgraph that keeps them (kit/facts). */
export const RolloutFactSchema = rolloutFactSchema();
export const NonprofitFactSchema = nonprofitFactSchema();
export type RolloutFact = InferEntity<typeof RolloutFactSchema>;
