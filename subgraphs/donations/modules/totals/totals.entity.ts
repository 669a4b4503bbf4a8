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
    /** How many changes this shard took: their sum over the shards is the totals' `sequence`. */
    changes: p.bigint('number').default(0),
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

/**
 * The donations of a live broadcast in the order viewers see them: each takes the broadcast's next
 * sequence number (what `liveDonationReceived(afterSequence)` replays from).
 */
export const LiveDonationSchema = defineEntity({
  name: 'LiveDonation',
  tableName: 'live_donation',
  properties: {
    broadcastId: p.uuid().primary(),
    sequence: p.integer().primary(),
    donationId: p.uuid().unique('live_donation_donation'),
    createdAt: p.datetime(),
  },
});
