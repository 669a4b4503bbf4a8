import type { FundraiserResolvers, NonprofitResolvers, UserResolvers } from '../__generated__/resolvers-types.ts';
import { fundraisersOfNonprofit, fundraisersOfOrganizer, updatesOf } from '../modules/fundraiser/fundraiser.queries.ts';

export const Fundraiser: FundraiserResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.fundraiserById.load(id),
  goal: (f) => ({ amount: f.goalAmount, currency: f.currency }),
  organizer: (f) => ({ id: f.organizerId }),
  beneficiary: (f) => (f.beneficiaryId ? { id: f.beneficiaryId } : null),
  updates: (f, args, { em }) => updatesOf(em, f.id, args),
};

/** `User.fundraisers`: the users subgraph owns User; this subgraph adds what it knows. */
export const User: UserResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  fundraisers: ({ id }, args, { em }) => fundraisersOfOrganizer(em, id, args),
};

/** `Nonprofit.fundraisers`, likewise. */
export const Nonprofit: NonprofitResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  fundraisers: ({ id }, args, { em }) => fundraisersOfNonprofit(em, id, args),
};
