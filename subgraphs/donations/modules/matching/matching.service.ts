// Matching campaigns. A succeeded donation to a NONPROFIT fundraiser whose beneficiary is VERIFIED
// (and eligible, when the campaign names its nonprofits), during an ACTIVE campaign in the
// donation's currency, is matched at the ratio, within the donor's remaining cap and the pool's
// remaining, first come first served: the pool's row is decremented under its lock with a guard,
// so it is never overspent whatever the concurrency. A refund or a lost dispute gives it back.
import { badInput } from '../../../../kit/errors.ts';
import { requireAdmin } from '../../../../kit/guards.ts';
import { parseMoney, GOAL_LIMITS, type Currency } from '../../../../kit/money.ts';
import { inTransaction, isUuid } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import type { Donation } from '../donation/donation.entity.ts';
import { MatchingCampaignSchema, type MatchingCampaign } from './matching.entity.ts';
import { executePrepared } from '../../../../kit/db/prepared.ts';

export type CampaignStatus = 'SCHEDULED' | 'ACTIVE' | 'EXHAUSTED' | 'ENDED';

export function statusOf(c: MatchingCampaign, now = new Date()): CampaignStatus {
  if (c.remaining <= 0) return 'EXHAUSTED';
  if (now < c.startsAt) return 'SCHEDULED';
  if (now >= c.endsAt) return 'ENDED';
  return 'ACTIVE';
}

export interface CreateCampaignInput {
  name: string;
  sponsorName: string;
  hashtag?: string | null;
  ratio: number;
  pool: { amount: number; currency: string };
  perDonorCap: { amount: number; currency: string };
  startsAt: Date | string;
  endsAt: Date | string;
  eligibleNonprofitIds?: string[] | null;
}

const text = (raw: string, field: string, max: number) => {
  const value = raw.trim();
  if (!value) throw badInput(field, 'Required');
  if ([...value].length > max) throw badInput(field, `At most ${max} characters`);
  return value;
};

export async function createCampaign(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, input: CreateCampaignInput): Promise<MatchingCampaign> {
  const admin = requireAdmin(identity);
  const name = text(input.name, 'name', 120);
  const sponsorName = text(input.sponsorName, 'sponsorName', 120);
  const hashtag = input.hashtag?.trim() || null;
  if (hashtag && !/^#?[\p{L}\p{N}_]{1,60}$/u.test(hashtag)) throw badInput('hashtag', 'A hashtag is letters, digits and _ (60 at most)');
  if (!Number.isFinite(input.ratio) || input.ratio < 0.1 || input.ratio > 5 || Math.round(input.ratio * 100) !== input.ratio * 100) {
    throw badInput('ratio', 'The ratio is 0.1 to 5 (1 = one for one), in hundredths');
  }
  const pool = parseMoney(input.pool, 'pool', GOAL_LIMITS);
  if (input.perDonorCap.currency.trim().toUpperCase() !== pool.currency) throw badInput('perDonorCap.currency', "The cap is in the pool's currency");
  const cap = input.perDonorCap;
  if (!Number.isSafeInteger(cap.amount) || cap.amount < 1 || cap.amount > pool.amount) throw badInput('perDonorCap.amount', 'The cap is a whole amount from 1 minor unit to the pool');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (Number.isNaN(startsAt.getTime())) throw badInput('startsAt', 'Not a date and time');
  if (Number.isNaN(endsAt.getTime()) || endsAt <= startsAt) throw badInput('endsAt', 'A campaign ends after it starts');
  const eligible = [...new Set(input.eligibleNonprofitIds ?? [])];
  if (eligible.some((id) => !isUuid(id))) throw badInput('eligibleNonprofitIds', 'Those are not all nonprofit ids');
  return inTransaction(em, async (tx) => {
    const campaign = tx.create(MatchingCampaignSchema, {
      name, sponsorName, hashtag: hashtag ? `#${hashtag.replace(/^#/, '')}` : null, ratio: input.ratio, currency: pool.currency as Currency, pool: pool.amount,
      remaining: pool.amount, perDonorCap: cap.amount, startsAt, endsAt, eligibleNonprofitIds: eligible, createdBy: admin.id, createdAt: new Date(),
    });
    await tx.flush();
    await deps.outbox.record(tx, 'MatchingCampaignCreated', { campaignId: campaign.id, currency: campaign.currency, pool: campaign.pool, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
    return campaign;
  });
}

/** The campaigns matching donations to `fundraiser` (SQL) now (ACTIVE, in its currency, eligible): its two `?` are now. */
const campaignsOf = (fundraiser: string) => `from "donations"."matching_campaign" c
     join "donations"."fundraiser_fact" f on f."fundraiser_id" = ${fundraiser} and f."kind" = 'NONPROFIT' and f."currency" = c."currency"
     join "donations"."nonprofit_fact" n on n."nonprofit_id" = f."beneficiary_id" and n."status" = 'VERIFIED'
     where c."starts_at" <= ? and c."ends_at" > ? and c."remaining" > 0
       and (cardinality(c."eligible_nonprofit_ids") = 0 or f."beneficiary_id" = any(c."eligible_nonprofit_ids"))`;

/** SQL true when a campaign may match a donation to `fundraiser` (SQL), with its `params`: so that a donation no campaign can match costs no more. */
export const mayMatch = (fundraiser: string, now = new Date()) => ({ sql: `exists (select 1 ${campaignsOf(fundraiser)})`, params: [now, now] });

export async function campaignsFor(em: EntityManager, fundraiserId: string, now = new Date()): Promise<MatchingCampaign[]> {
  const rows = await em.execute<Record<string, unknown>[]>(`select c.* ${campaignsOf('?')} order by c."created_at", c."id"`, [fundraiserId, now, now]);
  return rows.map((row) => em.map(MatchingCampaignSchema, row));
}

/**
 * Matches a donation that just succeeded with the first campaign that can; answers the amount
 * added (0 when none). `tx` holds the donation's lock; the campaign row is locked for the decrement.
 */
export async function matchDonation(tx: EntityManager, donation: Donation, now = new Date()): Promise<number> {
  for (const campaign of await campaignsFor(tx, donation.fundraiserId, now)) {
    const [locked] = await tx.execute<{ remaining: string; ratio: string; per_donor_cap: string }[]>(
      `select "remaining", "ratio", "per_donor_cap" from "donations"."matching_campaign" where "id" = ? for update`, [campaign.id],
    );
    const [given] = await tx.execute<{ matched: string | null }[]>(
      `select sum("amount") as "matched" from "donations"."match" where "campaign_id" = ? and "donor_id" = ? and not "returned"`, [campaign.id, donation.donorId],
    );
    const wanted = Math.floor(donation.amount * Number(locked!.ratio));
    const capLeft = Number(locked!.per_donor_cap) - Number(given?.matched ?? 0);
    const amount = Math.min(wanted, capLeft, Number(locked!.remaining));
    if (amount <= 0) continue;
    await tx.execute(`update "donations"."matching_campaign" set "remaining" = "remaining" - ? where "id" = ?`, [amount, campaign.id]);
    await tx.execute(
      `insert into "donations"."match" ("donation_id", "campaign_id", "donor_id", "amount", "returned", "created_at") values (?, ?, ?, ?, false, now())`,
      [donation.id, campaign.id, donation.donorId, amount],
    );
    return amount;
  }
  return 0;
}

/** Gives a donation's match back to its pool (a refund, a lost dispute); answers the amount. */
export async function returnMatch(tx: EntityManager, donation: Donation): Promise<number> {
  const returned = await tx.execute<{ campaign_id: string; amount: string }[]>(
    `update "donations"."match" set "returned" = true where "donation_id" = ? and not "returned" returning "campaign_id", "amount"`, [donation.id],
  );
  for (const r of returned) await tx.execute(`update "donations"."matching_campaign" set "remaining" = "remaining" + ? where "id" = ?`, [Number(r.amount), r.campaign_id]);
  return returned.reduce((sum, r) => sum + Number(r.amount), 0);
}

/** What campaigns added to each donation (0 for none), in one query for all of them. */
export async function matchedAmounts(em: EntityManager, donationIds: readonly string[]): Promise<number[]> {
  const rows = await executePrepared<{ donation_id: string; matched: string }>(em,
    `select "donation_id", sum("amount") as "matched" from "donations"."match" where "donation_id" = any(?::uuid[]) and not "returned" group by "donation_id"`,
    [`{${donationIds.join(',')}}`],
  );
  const byId = new Map(rows.map((r) => [r.donation_id, Number(r.matched)]));
  return donationIds.map((id) => byId.get(id) ?? 0);
}

export async function matchedDonationCount(em: EntityManager, campaignId: string): Promise<number> {
  const [row] = await em.execute<{ n: string }[]>(`select count(*) as "n" from "donations"."match" where "campaign_id" = ? and not "returned"`, [campaignId]);
  return Number(row?.n ?? 0);
}
