import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '../../../kit/scalars.ts';
import { isUuid } from '../../../kit/db/transaction.ts';
import { donate } from '../modules/donation/donate.service.ts';
import { showsDonor } from '../modules/donation/visibility.ts';
import { refundDonation } from '../modules/donation/refund.service.ts';
import { donationsOf, donationsTo, liveTotals } from '../modules/donation/donation.queries.ts';
import { BroadcastFactSchema } from '../modules/projection/projection.entity.ts';
import { MatchingCampaignSchema } from '../modules/matching/matching.entity.ts';
import { campaignsFor, createCampaign, matchedDonationCount, statusOf } from '../modules/matching/matching.service.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    donation: (_, { id }, { loaders }) => (isUuid(id) ? loaders.donationById.load(id) : null),
    matchingCampaign: (_, { id }, { em }) => (isUuid(id) ? em.findOne(MatchingCampaignSchema, { id }) : null),
  },
  Mutation: {
    donate: (_, { input }, context) => donate(context.em, context.deps, context.stripe, context, input),
    refundDonation: (_, { id, reason }, context) => refundDonation(context.em, context.deps, context.stripe, context, id, reason),
    createMatchingCampaign: (_, { input }, context) => createCampaign(context.em, context.deps, context, input),
  },
  MatchingCampaign: {
    __resolveReference: ({ id }, { em }) => em.findOne(MatchingCampaignSchema, { id }),
    status: (c) => statusOf(c),
    pool: (c) => ({ amount: c.pool, currency: c.currency }),
    remaining: (c) => ({ amount: c.remaining, currency: c.currency }),
    perDonorCap: (c) => ({ amount: c.perDonorCap, currency: c.currency }),
    eligibleNonprofits: (c) => c.eligibleNonprofitIds.map((id) => ({ id })),
    matchedDonationCount: (c, _, { em }) => matchedDonationCount(em, c.id),
  },
  Donation: {
    __resolveReference: ({ id }, { loaders }) => loaders.donationById.load(id),
    isAnonymous: (d) => d.anonymous,
    amount: (d) => ({ amount: d.amount, currency: d.currency }),
    matched: async (d, _, { loaders }) => ({ amount: await loaders.matchedByDonation.load(d.id), currency: d.currency }),
    donor: async (d, _, context) => (showsDonor(context, d, (await context.loaders.fundraiserById.load(d.fundraiserId))?.organizerId) ? { id: d.donorId } : null),
    referrer: (d) => (d.referrerId ? { id: d.referrerId } : null),
    source: (d) => ({ type: d.sourceType, id: d.sourceId ?? null }),
    fundraiser: (d) => ({ id: d.fundraiserId }),
  },
  User: {
    __resolveReference: ({ id }) => ({ id }),
    donations: ({ id }, args, context) => donationsOf(context.em, context, id, args),
  },
  LiveBroadcast: {
    __resolveReference: ({ id }) => ({ id }),
    totals: async ({ id }, _, { em, loaders }) => {
      const [totals, broadcast] = await Promise.all([liveTotals(em, id), em.findOne(BroadcastFactSchema, { broadcastId: id })]);
      const fundraiser = broadcast ? await loaders.fundraiserById.load(broadcast.fundraiserId) : null;
      const sequence = broadcast ? (await loaders.totalsByFundraiser.load(broadcast.fundraiserId)).sequence : 0;
      return { ...totals, raised: { amount: totals.raised, currency: fundraiser?.currency ?? 'USD' }, sequence };
    },
  },
  Fundraiser: {
    __resolveReference: ({ id }) => ({ id }),
    donations: ({ id }, args, { em }) => donationsTo(em, id, args),
    viewerHasDonated: ({ id }, _, { loaders }) => loaders.viewerHasDonated.load(id),
    matchingCampaigns: ({ id }, _, { em }) => campaignsFor(em, id),
    totals: async ({ id }, _, { loaders }) => {
      const [totals, fundraiser] = await Promise.all([loaders.totalsByFundraiser.load(id), loaders.fundraiserById.load(id)]);
      const currency = fundraiser?.currency ?? 'USD';
      const money = (amount: number) => ({ amount, currency });
      const goal = fundraiser?.goal ?? 0;
      return {
        raised: money(totals.raised), pledged: money(totals.pledged), matched: money(totals.matched),
        donationCount: totals.donationCount, donorCount: totals.donorCount, sequence: totals.sequence,
        progress: goal > 0 ? (totals.raised + totals.pledged + totals.matched) / goal : 0,
      };
    },
  },
};
