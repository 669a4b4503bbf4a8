import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Currency } from '../../../../kit/money.ts';

/** A sponsor's pool matching donations to verified nonprofits, at a ratio, within a per-donor cap. */
export const MatchingCampaignSchema = defineEntity({
  name: 'MatchingCampaign',
  tableName: 'matching_campaign',
  checks: [{ name: 'matching_campaign_remaining_check', expression: '"remaining" >= 0' }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.text(),
    sponsorName: p.text(),
    hashtag: p.text().nullable(),
    ratio: p.decimal('number').precision(4).scale(2),
    currency: p.string().length(3).$type<Currency>(),
    pool: p.bigint('number'),
    /** Never below zero (a check constraint too): the pool is never overspent. */
    remaining: p.bigint('number'),
    perDonorCap: p.bigint('number'),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    /** Empty: every verified nonprofit. */
    eligibleNonprofitIds: p.array().$type<string[]>(),
    createdBy: p.uuid(),
    createdAt: p.datetime(),
  },
});
export type MatchingCampaign = InferEntity<typeof MatchingCampaignSchema>;

/** What a campaign added to a donation; given back to the pool if the donation is refunded or lost. */
export const MatchSchema = defineEntity({
  name: 'Match',
  tableName: 'match',
  indexes: [{ name: 'match_campaign_donor', properties: ['campaignId', 'donorId'] }],
  properties: {
    donationId: p.uuid().primary(),
    campaignId: p.uuid().primary(),
    donorId: p.uuid(),
    amount: p.bigint('number'),
    returned: p.boolean().default(false),
    createdAt: p.datetime(),
  },
});
