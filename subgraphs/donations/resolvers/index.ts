import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateScalar, DateTimeScalar } from '../../../kit/scalars.ts';
import { campaignReport } from '../modules/report/campaign-report.ts';
import { isUuid } from '../../../kit/db/transaction.ts';
import { donate } from '../modules/donation/donate.service.ts';
import { refusePartners, showsDonor } from '../modules/donation/visibility.ts';
import { refundDonation } from '../modules/donation/refund.service.ts';
import { donationsOf, donationsTo } from '../modules/donation/donation.queries.ts';
import { broadcastTotals, fundraiserTotalsNow, liveDonationLog, nonprofitTotalsNow, totalsView } from '../modules/live/snapshots.ts';
import { MatchingCampaignSchema } from '../modules/matching/matching.entity.ts';
import { campaignsFor, createCampaign, matchedDonationCount, statusOf } from '../modules/matching/matching.service.ts';

const servedByGateway = (): never => {
  throw new Error('Subscriptions are served by the gateway over WebSocket');
};

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query: {
    donation: (_, { id }, context) => {
      refusePartners(context);
      return isUuid(id) ? context.loaders.donationById.load(id) : null;
    },
    matchingCampaign: (_, { id }, { em }) => (isUuid(id) ? em.findOne(MatchingCampaignSchema, { id }) : null),
    fundraiserTotalsNow: (_, { fundraiserId }, context) => fundraiserTotalsNow(context, fundraiserId),
    nonprofitTotalsNow: (_, { nonprofitId }, { em }) => nonprofitTotalsNow(em, nonprofitId),
    liveDonationLog: (_, { broadcastId, afterSequence, first }, context) => liveDonationLog(context, broadcastId, afterSequence, first),
    campaignReport: (_, { filter, groupBy }, context) => campaignReport(context.em, context, filter, groupBy),
  },
  // Served by the gateway over WebSocket (gateway/live), never by this subgraph.
  Subscription: {
    fundraiserTotalsUpdated: { subscribe: () => servedByGateway() },
    liveDonationReceived: { subscribe: () => servedByGateway() },
    nonprofitTotalsUpdated: { subscribe: () => servedByGateway() },
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
    totals: ({ id }, _, context) => broadcastTotals(context, id),
  },
  Fundraiser: {
    __resolveReference: ({ id }) => ({ id }),
    donations: ({ id }, args, context) => {
      refusePartners(context);
      return donationsTo(context.em, id, args);
    },
    viewerHasDonated: ({ id }, _, { loaders }) => loaders.viewerHasDonated.load(id),
    matchingCampaigns: ({ id }, _, { em }) => campaignsFor(em, id),
    totals: async ({ id }, _, { loaders }) => {
      const [totals, fundraiser] = await Promise.all([loaders.totalsByFundraiser.load(id), loaders.fundraiserById.load(id)]);
      return totalsView(totals, fundraiser);
    },
  },
};
