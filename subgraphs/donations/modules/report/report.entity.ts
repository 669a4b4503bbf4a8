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

/**
 * Closed days' partial aggregates (report-days.ts builds them): a day is in `report_day` once its
 * cells and donor bitmaps are built; a later change to one of its donations (a refund, a dispute, a
 * prompted correction) leaves a `report_day_stale` marker, and the day is read from the donations
 * again until it is rebuilt.
 */
export const ReportDaySchema = defineEntity({
  name: 'ReportDay',
  tableName: 'report_day',
  properties: {
    day: p.date().primary(),
    builtAt: p.datetime(),
  },
});

export const ReportDayStaleSchema = defineEntity({
  name: 'ReportDayStale',
  tableName: 'report_day_stale',
  indexes: [{ name: 'report_day_stale_day', properties: ['day'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    day: p.date(),
  },
});

/**
 * A day's figures for every combination of SOURCE, COUNTRY, PLATFORM and PROMPTED (`grouping` is
 * PostgreSQL's grouping() of the four: a set bit is a dimension summed over, its column null). Rows
 * with a currency hold amounts and counts; the row without one holds the cell's distinct donors.
 */
export const ReportDayCellSchema = defineEntity({
  name: 'ReportDayCell',
  tableName: 'report_day_cell',
  indexes: [{ name: 'report_day_cell_day', properties: ['day', 'grouping'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    day: p.date(),
    grouping: p.smallint(),
    source: p.smallint().nullable(),
    country: p.string().length(2).nullable(),
    platform: p.smallint().nullable(),
    prompted: p.boolean().nullable(),
    currency: p.smallint().nullable(),
    raised: p.bigint('number'),
    matched: p.bigint('number'),
    refunded: p.bigint('number'),
    donations: p.integer(),
    promptedDonations: p.integer(),
    donors: p.integer(),
  },
});

/** Donors numbered densely, for the days' donor bitmaps. */
export const ReportDonorSchema = defineEntity({
  name: 'ReportDonor',
  tableName: 'report_donor',
  uniques: [{ name: 'report_donor_number_unique', properties: ['number'] }],
  properties: {
    donorId: p.uuid().primary(),
    number: p.integer().autoincrement(),
  },
});

/** Who gave on a day, as bitmaps of donor numbers (one per 65,536 numbers): a period's distinct donors are their union's bit count. */
export const ReportDayDonorsSchema = defineEntity({
  name: 'ReportDayDonors',
  tableName: 'report_day_donors',
  properties: {
    day: p.date().primary(),
    chunk: p.integer().primary(),
    bits: p.string().columnType('bit(65536)'),
  },
});
