// Totals per fundraiser, changed in the transaction that changes a donation: split over SHARDS rows
// (one picked at random per change) so that a hot fundraiser does not serialize its donations on one
// row; summed on read. Every change takes the next sequence number and goes out as
// FundraiserTotalsChanged; every amount is also written to the append-only ledger.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { Outbox } from '../../../../kit/events/outbox.ts';
import type { Currency } from '../../../../kit/money.ts';
import type { Donation } from '../donation/donation.entity.ts';

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
    `insert into "donations"."totals_shard" as t ("fundraiser_id", "shard", "raised", "pledged", "matched", "donation_count", "donor_count")
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict ("fundraiser_id", "shard") do update set
       "raised" = t."raised" + excluded."raised", "pledged" = t."pledged" + excluded."pledged", "matched" = t."matched" + excluded."matched",
       "donation_count" = t."donation_count" + excluded."donation_count", "donor_count" = t."donor_count" + excluded."donor_count"`,
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

export async function readTotals(em: EntityManager, fundraiserIds: readonly string[]): Promise<Map<string, Omit<Totals, 'sequence'>>> {
  const rows = fundraiserIds.length === 0 ? [] : await em.execute<{ fundraiser_id: string; raised: string; pledged: string; matched: string; donation_count: string; donor_count: string }[]>(
    `select "fundraiser_id", sum("raised") as "raised", sum("pledged") as "pledged", sum("matched") as "matched",
            sum("donation_count") as "donation_count", sum("donor_count") as "donor_count"
     from "donations"."totals_shard" where "fundraiser_id" = any(?::uuid[]) group by "fundraiser_id"`,
    [`{${fundraiserIds.join(',')}}`],
  );
  const totals = new Map(rows.map((r) => [r.fundraiser_id, {
    raised: Number(r.raised), pledged: Number(r.pledged), matched: Number(r.matched), donationCount: Number(r.donation_count), donorCount: Number(r.donor_count),
  }]));
  for (const id of fundraiserIds) if (!totals.has(id)) totals.set(id, { raised: 0, pledged: 0, matched: 0, donationCount: 0, donorCount: 0 });
  return totals;
}

/** The fundraiser's latest sequence, from its latest FundraiserTotalsChanged (0 before any). */
export async function readSequences(em: EntityManager, fundraiserIds: readonly string[]): Promise<Map<string, number>> {
  const rows = fundraiserIds.length === 0 ? [] : await em.execute<{ fundraiser_id: string; sequence: string }[]>(
    `select "fundraiser_id", max("sequence") as "sequence" from "donations"."totals_change" where "fundraiser_id" = any(?::uuid[]) group by "fundraiser_id"`,
    [`{${fundraiserIds.join(',')}}`],
  );
  return new Map(fundraiserIds.map((id) => [id, Number(rows.find((r) => r.fundraiser_id === id)?.sequence ?? 0)]));
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

/** Takes the next sequence number for the fundraiser's new totals and sends them out. */
async function announce(tx: EntityManager, outbox: Outbox, fundraiserId: string, currency: Currency): Promise<Totals> {
  const [{ sequence }] = (await tx.execute<{ sequence: string }[]>(`select nextval('"donations"."totals_sequence"') as "sequence"`)) as [{ sequence: string }];
  await tx.execute(`insert into "donations"."totals_change" ("fundraiser_id", "sequence") values (?, ?)`, [fundraiserId, sequence]);
  const totals = { ...(await readTotals(tx, [fundraiserId])).get(fundraiserId)!, sequence: Number(sequence) };
  const money = (amount: number) => ({ amount, currency });
  await outbox.record(tx, 'FundraiserTotalsChanged', {
    fundraiserId, sequence: totals.sequence, raised: money(totals.raised), pledged: money(totals.pledged), matched: money(totals.matched),
    donationCount: totals.donationCount, donorCount: totals.donorCount,
  });
  return totals;
}
