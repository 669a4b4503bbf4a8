// What the live subscriptions send, read now: the gateway runs these queries for each group of
// subscribers when totals change (gateway/live), so a subscription and a query answer alike.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import type { DonationsContext } from '../../context.ts';
import { liveTotals } from '../donation/donation.queries.ts';
import { refusePartners } from '../donation/visibility.ts';
import { BroadcastFactSchema, type FundraiserFact } from '../projection/projection.entity.ts';
import type { Totals } from '../totals/totals.service.ts';
import { LOG_PAGE_LIMIT, readLiveLog } from './live-log.ts';

/** A fundraiser's totals as the graph shows them, in its currency. */
export function totalsView(totals: Totals, fundraiser: FundraiserFact | null) {
  const currency = fundraiser?.currency ?? 'USD';
  const money = (amount: number) => ({ amount, currency });
  const goal = fundraiser?.goal ?? 0;
  return {
    raised: money(totals.raised), pledged: money(totals.pledged), matched: money(totals.matched),
    donationCount: totals.donationCount, donorCount: totals.donorCount, sequence: totals.sequence,
    progress: goal > 0 ? (totals.raised + totals.pledged + totals.matched) / goal : 0,
  };
}

export async function fundraiserTotalsNow({ loaders }: DonationsContext, fundraiserId: string) {
  if (!isUuid(fundraiserId)) return null;
  const [fundraiser, totals] = await Promise.all([loaders.fundraiserById.load(fundraiserId), loaders.totalsByFundraiser.load(fundraiserId)]);
  if (!fundraiser) return null;
  return { ...totalsView(totals, fundraiser), fundraiser: { id: fundraiserId } };
}

/** Every fundraiser the nonprofit benefits, summed per currency; its sequence counts all their changes. */
export async function nonprofitTotalsNow(em: EntityManager, nonprofitId: string) {
  const rows = !isUuid(nonprofitId) ? [] : await em.execute<{ currency: string; raised: string; donations: string; changes: string }[]>(
    `select f."currency", sum(t."raised") as "raised", sum(t."donation_count") as "donations", sum(t."changes") as "changes"
     from "donations"."fundraiser_fact" f join "donations"."totals_shard" t on t."fundraiser_id" = f."fundraiser_id"
     where f."beneficiary_id" = ? and f."currency" is not null group by f."currency" order by f."currency"`,
    [nonprofitId],
  );
  return {
    nonprofit: { id: nonprofitId },
    sequence: rows.reduce((sum, r) => sum + Number(r.changes), 0),
    raised: rows.filter((r) => Number(r.raised) !== 0 || Number(r.donations) !== 0).map((r) => ({ amount: Number(r.raised), currency: r.currency })),
    donationCount: rows.reduce((sum, r) => sum + Number(r.donations), 0),
  };
}

/** A live broadcast's totals, in its fundraiser's currency. */
export async function broadcastTotals({ em, loaders }: DonationsContext, broadcastId: string) {
  const [totals, broadcast] = await Promise.all([liveTotals(em, broadcastId), em.findOne(BroadcastFactSchema, { broadcastId })]);
  const fundraiser = broadcast ? await loaders.fundraiserById.load(broadcast.fundraiserId) : null;
  const sequence = broadcast ? (await loaders.totalsByFundraiser.load(broadcast.fundraiserId)).sequence : 0;
  return { ...totals, raised: { amount: totals.raised, currency: fundraiser?.currency ?? 'USD' }, sequence };
}

export async function liveDonationLog(context: DonationsContext, broadcastId: string, afterSequence: number | null | undefined, first: number | null | undefined) {
  refusePartners(context);
  if (!isUuid(broadcastId)) return [];
  const limit = Math.min(Math.max(first ?? LOG_PAGE_LIMIT, 1), LOG_PAGE_LIMIT);
  const entries = await readLiveLog(context.em, broadcastId, afterSequence ?? null, limit);
  if (entries.length === 0) return [];
  const [totals, donations] = await Promise.all([
    broadcastTotals(context, broadcastId),
    Promise.all(entries.map((entry) => context.loaders.donationById.load(entry.donationId))),
  ]);
  return entries.flatMap((entry, i) => (donations[i] ? [{ sequence: entry.sequence, donation: donations[i], totals }] : []));
}
