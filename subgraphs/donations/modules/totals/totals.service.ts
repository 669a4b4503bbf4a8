// Totals per fundraiser, changed in the transaction that changes a donation: split over SHARDS rows
// (one picked at random per change) so that a hot fundraiser does not serialize its donations on one
// row; summed on read. Each shard also counts the changes it took: their sum is the totals'
// `sequence`, read in the same statement as the amounts, so that one sequence is always the same
// totals and a later read never shows a lower one. Every change goes out as FundraiserTotalsChanged;
// every amount is also written to the append-only ledger.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { Statement } from '../../../../kit/db/statement.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import type { Currency } from '../../../../kit/money.ts';
import type { Donation } from '../donation/donation.entity.ts';
import { recordSucceeded, recordTakenOut } from '../report/report-facts.ts';

export const SHARDS = 8;

export interface Totals {
  raised: number;
  pledged: number;
  matched: number;
  donationCount: number;
  donorCount: number;
  sequence: number;
}

export interface TotalsChange {
  raised?: number;
  pledged?: number;
  matched?: number;
  donationCount?: number;
  /** +1 for a donor's first succeeded donation, −1 when their last one is taken out. */
  donorCount?: number;
}

/** Adds a change to one shard of the fundraiser's totals; `donorCount` is SQL (see countDonor). */
function add(st: Statement, fundraiserId: string, change: TotalsChange, donorCount: string): void {
  st.add(
    'shard',
    `insert into "donations"."totals_shard" as t ("fundraiser_id", "shard", "raised", "pledged", "matched", "donation_count", "donor_count", "changes")
     select ?::uuid, ?, ?, ?, ?, ?, ${donorCount}, 1 where ${st.guard}
     on conflict ("fundraiser_id", "shard") do update set
       "raised" = t."raised" + excluded."raised", "pledged" = t."pledged" + excluded."pledged", "matched" = t."matched" + excluded."matched",
       "donation_count" = t."donation_count" + excluded."donation_count", "donor_count" = t."donor_count" + excluded."donor_count",
       "changes" = t."changes" + 1
     returning 1`,
    [fundraiserId, Math.floor(Math.random() * SHARDS), change.raised ?? 0, change.pledged ?? 0, change.matched ?? 0, change.donationCount ?? 0],
  );
}

/**
 * Counts a donor's succeeded donation to a fundraiser (by 1) or takes it out (by −1); answers SQL
 * for the change of its donor count: 1 for a donor's first, −1 when their last one goes, else 0.
 */
function countDonor(st: Statement, fundraiserId: string, donorId: string, by: 1 | -1): string {
  const donor = st.add(
    'donor',
    `insert into "donations"."fundraiser_donor" as d ("fundraiser_id", "donor_id", "succeeded") select ?::uuid, ?::uuid, ? where ${st.guard}
     on conflict ("fundraiser_id", "donor_id") do update set "succeeded" = d."succeeded" + excluded."succeeded"
     returning "succeeded"`,
    [fundraiserId, donorId, by],
  );
  return `(select case when "succeeded" = ${by === 1 ? 1 : 0} then ${by} else 0 end from ${donor})`;
}

type TotalsRow = { fundraiser_id: string; raised: string; pledged: string; matched: string; donation_count: string; donor_count: string; changes: string };

const SUMS = `sum("raised") as "raised", sum("pledged") as "pledged", sum("matched") as "matched",
  sum("donation_count") as "donation_count", sum("donor_count") as "donor_count", sum("changes") as "changes"`;

const toTotals = (r: TotalsRow): Totals => ({
  raised: Number(r.raised), pledged: Number(r.pledged), matched: Number(r.matched),
  donationCount: Number(r.donation_count), donorCount: Number(r.donor_count), sequence: Number(r.changes),
});

export const NO_TOTALS: Totals = { raised: 0, pledged: 0, matched: 0, donationCount: 0, donorCount: 0, sequence: 0 };

/** The fundraisers' totals and sequences, each read whole in one statement. */
export async function readTotals(em: EntityManager, fundraiserIds: readonly string[]): Promise<Map<string, Totals>> {
  const rows = fundraiserIds.length === 0 ? [] : await em.execute<TotalsRow[]>(
    `select "fundraiser_id", ${SUMS} from "donations"."totals_shard" where "fundraiser_id" = any(?::uuid[]) group by "fundraiser_id"`,
    [`{${fundraiserIds.join(',')}}`],
  );
  const totals = new Map(rows.map((r) => [r.fundraiser_id, toTotals(r)]));
  for (const id of fundraiserIds) if (!totals.has(id)) totals.set(id, NO_TOTALS);
  return totals;
}

/**
 * A succeeded donation counts in its fundraiser's totals (kind SUCCEEDED), or a refund or lost
 * dispute takes it out again (sign −1): the shards, the ledger, the report row and the totals
 * event, as parts of `st`, the statement that changes the donation.
 */
export function applyToTotals(
  st: Statement, outbox: Outbox, donation: Donation, kind: 'SUCCEEDED' | 'REFUNDED' | 'DISPUTE_LOST', options: { fromPledge?: boolean; matched?: number } = {},
): void {
  const sign = kind === 'SUCCEEDED' ? 1 : -1;
  const matched = options.matched ?? 0;
  const donors = countDonor(st, donation.fundraiserId, donation.donorId, sign);
  // A pledge charged at the deadline moves from `pledged` to `raised` in one change.
  const change = { raised: sign * donation.amount, donationCount: sign, pledged: options.fromPledge ? -donation.amount : 0, matched };
  add(st, donation.fundraiserId, change, donors);
  ledger(st, donation, kind, sign * donation.amount);
  if (donation.sourceType === 'LIVE' && donation.sourceId) addToLive(st, donation, sign);
  if (matched !== 0) ledger(st, donation, matched > 0 ? 'MATCHED' : 'MATCH_RETURNED', matched);
  if (kind === 'SUCCEEDED') recordSucceeded(st, donation, matched);
  else recordTakenOut(st, donation, matched);
  announce(st, outbox, donation.fundraiserId, donation.currency, change, donors);
}

/** The broadcast's own totals, in the same statement. */
function addToLive(st: Statement, donation: Donation, sign: 1 | -1): void {
  const donor = st.add(
    'live_donor',
    `insert into "donations"."live_donor" as d ("broadcast_id", "donor_id", "succeeded") select ?::uuid, ?::uuid, ? where ${st.guard}
     on conflict ("broadcast_id", "donor_id") do update set "succeeded" = d."succeeded" + excluded."succeeded" returning "succeeded"`,
    [donation.sourceId, donation.donorId, sign],
  );
  st.add(
    'live_shard',
    `insert into "donations"."live_totals_shard" as t ("broadcast_id", "shard", "raised", "donation_count", "donor_count")
     select ?::uuid, ?, ?, ?, (select case when "succeeded" = ${sign === 1 ? 1 : 0} then ${sign} else 0 end from ${donor}) where ${st.guard}
     on conflict ("broadcast_id", "shard") do update set "raised" = t."raised" + excluded."raised",
       "donation_count" = t."donation_count" + excluded."donation_count", "donor_count" = t."donor_count" + excluded."donor_count"
     returning 1`,
    [donation.sourceId, Math.floor(Math.random() * SHARDS), sign * donation.amount, sign],
  );
}

const ledger = (st: Statement, donation: Donation, kind: string, amount: number) => st.add(
  'ledger',
  `insert into "donations"."ledger_entry" ("donation_id", "fundraiser_id", "donor_id", "kind", "amount", "currency", "created_at")
   select ?::uuid, ?::uuid, ?::uuid, ?, ?, ?, now() where ${st.guard} returning 1`,
  [donation.id, donation.fundraiserId, donation.donorId, kind, amount, donation.currency],
);

/** A pledge counts in `pledged` (sign 1) until it is charged, fails or is cancelled (sign −1). Pledges move no money: no ledger entry. */
export function changePledged(st: Statement, outbox: Outbox, donation: Donation, sign: 1 | -1): void {
  const change = { pledged: sign * donation.amount };
  add(st, donation.fundraiserId, change, '0');
  announce(st, outbox, donation.fundraiserId, donation.currency, change, '0');
}

/**
 * Sends the fundraiser's new totals out: the shards as the statement found them plus its own
 * change. They may miss a concurrent change committed meanwhile: the event tells that the totals
 * changed and what they were then; a subscriber that needs them exact reads them again (the
 * gateway does, see gateway/live).
 */
function announce(st: Statement, outbox: Outbox, fundraiserId: string, currency: Currency, change: TotalsChange, donorCount: string): void {
  const totals = st.add(
    'totals',
    `select coalesce(sum("raised"), 0) + ? as "raised", coalesce(sum("pledged"), 0) + ? as "pledged", coalesce(sum("matched"), 0) + ? as "matched",
       coalesce(sum("donation_count"), 0) + ? as "donation_count", coalesce(sum("donor_count"), 0) + ${donorCount} as "donor_count",
       coalesce(sum("changes"), 0) + 1 as "sequence"
     from "donations"."totals_shard" where "fundraiser_id" = ?`,
    [change.raised ?? 0, change.pledged ?? 0, change.matched ?? 0, change.donationCount ?? 0, fundraiserId],
  );
  const money = (column: string) => `jsonb_build_object('amount', t."${column}", 'currency', ?::text)`;
  outbox.recordIn(
    st, 'FundraiserTotalsChanged', { fundraiserId },
    `select jsonb_build_object('nonprofitId', (select "beneficiary_id" from "donations"."fundraiser_fact" where "fundraiser_id" = ?),
       'sequence', t."sequence", 'raised', ${money('raised')}, 'pledged', ${money('pledged')}, 'matched', ${money('matched')},
       'donationCount', t."donation_count", 'donorCount', t."donor_count") from ${totals} t`,
    [fundraiserId, currency, currency, currency],
  );
}
