import type { FundraiserResolvers } from '../__generated__/resolvers-types.ts';
import { donorsYouFollow } from '../modules/donor/public-donor.service.ts';

/** `Fundraiser.donorsYouFollow`: the fundraisers subgraph owns Fundraiser; this subgraph adds who you follow among its donors. */
export const Fundraiser: FundraiserResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  donorsYouFollow: ({ id }, _, context) => donorsYouFollow(context.em, context, id),
};
