import { defineEntity, p } from '@mikro-orm/core';

/**
 * A fundraiser's totals, split over a few rows summed on read, so that donations to one hot
 * fundraiser (a viral live) do not queue on a single row lock.
 */
export const TotalsShardSchema = defineEntity({
  name: 'TotalsShard',
  tableName: 'totals_shard',
  properties: {
    fundraiserId: p.uuid().primary(),
    shard: p.smallint().primary(),
    raised: p.bigint('number'),
    pledged: p.bigint('number'),
    matched: p.bigint('number'),
    donationCount: p.integer(),
    donorCount: p.integer(),
  },
});

/** A donor's succeeded donations to a fundraiser: the first counts them in donorCount. */
export const FundraiserDonorSchema = defineEntity({
  name: 'FundraiserDonor',
  tableName: 'fundraiser_donor',
  properties: {
    fundraiserId: p.uuid().primary(),
    donorId: p.uuid().primary(),
    succeeded: p.integer(),
  },
});

/** Append-only: every amount that changed a total, so that a check can recompute them all. */
export const LedgerEntrySchema = defineEntity({
  name: 'LedgerEntry',
  tableName: 'ledger_entry',
  indexes: [{ name: 'ledger_entry_fundraiser', properties: ['fundraiserId'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    donationId: p.uuid(),
    fundraiserId: p.uuid(),
    donorId: p.uuid(),
    /** SUCCEEDED (+), REFUNDED (−), DISPUTE_LOST (−)… */
    kind: p.string(),
    amount: p.bigint('number'),
    currency: p.string().length(3),
    createdAt: p.datetime(),
  },
});

/** Stripe events applied: each event id once, in the transaction of its effect. */
export const StripeEventSchema = defineEntity({
  name: 'StripeEvent',
  tableName: 'stripe_event',
  properties: {
    id: p.string().primary(),
    type: p.string(),
    appliedAt: p.datetime(),
  },
});

/** Each change of a fundraiser's totals and the sequence number it took (insert-only: no hot row). */
export const TotalsChangeSchema = defineEntity({
  name: 'TotalsChange',
  tableName: 'totals_change',
  indexes: [{ name: 'totals_change_fundraiser', properties: ['fundraiserId', 'sequence'] }],
  properties: {
    sequence: p.bigint('number').primary().autoincrement(false),
    fundraiserId: p.uuid(),
  },
});

/** A live broadcast's totals (donations made with source LIVE and its id), split like a fundraiser's. */
export const LiveTotalsShardSchema = defineEntity({
  name: 'LiveTotalsShard',
  tableName: 'live_totals_shard',
  properties: {
    broadcastId: p.uuid().primary(),
    shard: p.smallint().primary(),
    raised: p.bigint('number'),
    donationCount: p.integer(),
    donorCount: p.integer(),
  },
});

/** A donor's succeeded donations during a broadcast: the first counts them in its donorCount. */
export const LiveDonorSchema = defineEntity({
  name: 'LiveDonor',
  tableName: 'live_donor',
  properties: {
    broadcastId: p.uuid().primary(),
    donorId: p.uuid().primary(),
    succeeded: p.integer(),
  },
});
