import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '../../../kit/scalars.ts';
import { isUuid } from '../../../kit/db/transaction.ts';
import { donate } from '../modules/donation/donate.service.ts';
import { showsDonor } from '../modules/donation/visibility.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    donation: (_, { id }, { loaders }) => (isUuid(id) ? loaders.donationById.load(id) : null),
  },
  Mutation: {
    donate: (_, { input }, context) => donate(context.em, context.deps, context.stripe, context, input),
  },
  Donation: {
    __resolveReference: ({ id }, { loaders }) => loaders.donationById.load(id),
    isAnonymous: (d) => d.anonymous,
    amount: (d) => ({ amount: d.amount, currency: d.currency }),
    matched: (d) => ({ amount: 0, currency: d.currency }),
    donor: async (d, _, context) => (showsDonor(context, d, (await context.loaders.fundraiserById.load(d.fundraiserId))?.organizerId) ? { id: d.donorId } : null),
    referrer: (d) => (d.referrerId ? { id: d.referrerId } : null),
    source: (d) => ({ type: d.sourceType, id: d.sourceId ?? null }),
    fundraiser: (d) => ({ id: d.fundraiserId }),
  },
  Fundraiser: {
    __resolveReference: ({ id }) => ({ id }),
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
