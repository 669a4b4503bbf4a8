// Totals per fundraiser, changed in the transaction that changes a donation: split over SHARDS rows
// (one picked at random per change) so that a hot fundraiser does not serialize its donations on one
// row; summed on read. Each shard also counts the changes it took: their sum is the totals'
// `sequence`, read in the same statement as the amounts, so that one sequence is always the same
// totals and a later read never shows a lower one. Every change goes out as FundraiserTotalsChanged;
// every amount is also written to the append-only ledger.
import type { EntityManager } from '../../../../kit/db/orm.ts';
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

/** Adds a change to one shard of the fundraiser's totals. */
async function add(tx: EntityManager, fundraiserId: string, change: TotalsChange): Promise<void> {
  await tx.execute(
    `insert into "donations"."totals_shard" as t ("fundraiser_id", "shard", "raised", "pledged", "matched", "donation_count", "donor_count", "changes")
     values (?, ?, ?, ?, ?, ?, ?, 1)
     on conflict ("fundraiser_id", "shard") do update set
       "raised" = t."raised" + excluded."raised", "pledged" = t."pledged" + excluded."pledged", "matched" = t."matched" + excluded."matched",
       "donation_count" = t."donation_count" + excluded."donation_count", "donor_count" = t."donor_count" + excluded."donor_count",
       "changes" = t."changes" + 1`,
    [fundraiserId, Math.floor(Math.random() * SHARDS), change.raised ?? 0, change.pledged ?? 0, change.matched ?? 0, change.donationCount ?? 0, change.donorCount ?? 0],
  );
}

/** Counts a donor's succeeded donation to a fundraiser; answers the change of its donor count (0 or ±1). */
async function countDonor(tx: EntityManager, fundraiserId: string, donorId: string, by: 1 | -1): Promise<number> {
  const [row] = await tx.execute<{ succeeded: number }[]>(
    `insert into "donations"."fundraiser_donor" as d ("fundraiser_id", "donor_id", "succeeded") values (?, ?, ?)
     on conflict ("fundraiser_id", "donor_id") do update set "succeeded" = d."succeeded" + excluded."succeeded"
     returning "succeeded"`,
    [fundraiserId, donorId, by],
  );
  const now = Number(row!.succeeded);
  if (by === 1) return now === 1 ? 1 : 0;
  return now === 0 ? -1 : 0;
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
 * dispute takes it out again (sign −1): the shards, the ledger and the events, in `tx`.
 */
export async function applyToTotals(
  tx: EntityManager, outbox: Outbox, donation: Donation, kind: 'SUCCEEDED' | 'REFUNDED' | 'DISPUTE_LOST', options: { fromPledge?: boolean; matched?: number } = {},
): Promise<Totals> {
  const sign = kind === 'SUCCEEDED' ? 1 : -1;
  const matched = options.matched ?? 0;
  const donors = await countDonor(tx, donation.fundraiserId, donation.donorId, sign);
  // A pledge charged at the deadline moves from `pledged` to `raised` in one change.
  await add(tx, donation.fundraiserId, { raised: sign * donation.amount, donationCount: sign, donorCount: donors, pledged: options.fromPledge ? -donation.amount : 0, matched });
  await ledger(tx, donation, kind, sign * donation.amount);
  if (donation.sourceType === 'LIVE' && donation.sourceId) await addToLive(tx, donation, sign);
  if (matched !== 0) await ledger(tx, donation, matched > 0 ? 'MATCHED' : 'MATCH_RETURNED', matched);
  if (kind === 'SUCCEEDED') await recordSucceeded(tx, donation, matched);
  else await recordTakenOut(tx, donation, matched);
  return announce(tx, outbox, donation.fundraiserId, donation.currency);
}

/** The broadcast's own totals, in the same transaction. */
async function addToLive(tx: EntityManager, donation: Donation, sign: 1 | -1): Promise<void> {
  const [row] = await tx.execute<{ succeeded: number }[]>(
    `insert into "donations"."live_donor" as d ("broadcast_id", "donor_id", "succeeded") values (?, ?, ?)
     on conflict ("broadcast_id", "donor_id") do update set "succeeded" = d."succeeded" + excluded."succeeded" returning "succeeded"`,
    [donation.sourceId, donation.donorId, sign],
  );
  const now = Number(row!.succeeded);
  const donors = sign === 1 ? (now === 1 ? 1 : 0) : (now === 0 ? -1 : 0);
  await tx.execute(
    `insert into "donations"."live_totals_shard" as t ("broadcast_id", "shard", "raised", "donation_count", "donor_count") values (?, ?, ?, ?, ?)
     on conflict ("broadcast_id", "shard") do update set "raised" = t."raised" + excluded."raised",
       "donation_count" = t."donation_count" + excluded."donation_count", "donor_count" = t."donor_count" + excluded."donor_count"`,
    [donation.sourceId, Math.floor(Math.random() * SHARDS), sign * donation.amount, sign, donors],
  );
}

const ledger = (tx: EntityManager, donation: Donation, kind: string, amount: number) => tx.execute(
  `insert into "donations"."ledger_entry" ("donation_id", "fundraiser_id", "donor_id", "kind", "amount", "currency", "created_at") values (?, ?, ?, ?, ?, ?, now())`,
  [donation.id, donation.fundraiserId, donation.donorId, kind, amount, donation.currency],
);

/** A pledge counts in `pledged` (sign 1) until it is charged, fails or is cancelled (sign −1). Pledges move no money: no ledger entry. */
export async function changePledged(tx: EntityManager, outbox: Outbox, donation: Donation, sign: 1 | -1): Promise<Totals> {
  await add(tx, donation.fundraiserId, { pledged: sign * donation.amount });
  return announce(tx, outbox, donation.fundraiserId, donation.currency);
}

/**
 * Sends the fundraiser's new totals out. Read inside the transaction, they may miss a concurrent
 * change committed meanwhile: the event tells that the totals changed and what they were then; a
 * subscriber that needs them exact reads them again (the gateway does, see gateway/live).
 */
async function announce(tx: EntityManager, outbox: Outbox, fundraiserId: string, currency: Currency): Promise<Totals> {
  const [row] = await tx.execute<(TotalsRow & { nonprofit_id: string | null })[]>(
    `select ?::uuid as "fundraiser_id", ${SUMS},
       (select "beneficiary_id" from "donations"."fundraiser_fact" where "fundraiser_id" = ?) as "nonprofit_id"
     from "donations"."totals_shard" where "fundraiser_id" = ?`,
    [fundraiserId, fundraiserId, fundraiserId],
  );
  const totals = toTotals(row!);
  const money = (amount: number) => ({ amount, currency });
  await outbox.record(tx, 'FundraiserTotalsChanged', {
    fundraiserId, nonprofitId: row!.nonprofit_id ?? null, sequence: totals.sequence, raised: money(totals.raised), pledged: money(totals.pledged), matched: money(totals.matched),
    donationCount: totals.donationCount, donorCount: totals.donorCount,
  });
  return totals;
}
