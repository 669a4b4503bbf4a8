import { defineEntity, p } from '@mikro-orm/core';

/**
 * One row per counted donation, for campaign reports: narrow (small codes instead of strings), in
 * the order donations succeed (a BRIN index on `at` finds a period), kept in the transaction that
 * changes the donation. Reports aggregate it instead of the donations themselves.
 */
export const ReportDonationSchema = defineEntity({
  name: 'ReportDonation',
  tableName: 'report_donation',
  indexes: [
    { name: 'report_donation_fundraiser', properties: ['fundraiserId', 'at'] },
    { name: 'report_donation_at', expression: 'create index "report_donation_at" on "donations"."report_donation" using brin ("at")' },
  ],
  properties: {
    donationId: p.uuid().primary(),
    /** When it succeeded, and that day in UTC. */
    at: p.datetime(),
    day: p.date(),
    /** SOURCE_CODES, PLATFORM_CODES, CURRENCY_CODES (report-codes.ts). */
    source: p.smallint(),
    country: p.string().length(2),
    platform: p.smallint(),
    prompted: p.boolean(),
    currency: p.smallint(),
    fundraiserId: p.uuid(),
    nonprofitId: p.uuid().nullable(),
    donorId: p.uuid(),
    amount: p.bigint('number'),
    /** Matched and not given back. */
    matched: p.bigint('number'),
    /** Taken out again by a refund or a lost dispute. */
    refunded: p.bigint('number'),
    /** Still counted in the totals (false once refunded or the dispute is lost). */
    counted: p.boolean(),
  },
});
