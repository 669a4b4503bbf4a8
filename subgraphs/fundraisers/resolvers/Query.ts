import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { requireAdmin } from '../../../kit/guards.ts';
import { isUuid } from '../../../kit/db/transaction.ts';
import { fundraisersByIds } from '../modules/fundraiser/fundraiser.queries.ts';
import { availability, listRollouts } from '../modules/rollout/rollout.service.ts';

export const Query: QueryResolvers = {
  fundraiser: (_, { id }, { loaders }) => (isUuid(id) ? loaders.fundraiserById.load(id) : null),
  fundraisersByIds: (_, { ids }, { loaders }) => fundraisersByIds((id) => loaders.fundraiserById.load(id), ids),
  fundraisingAvailability: (_, __, context) => availability(context.em, context),
  fundraisingRollouts: (_, __, context) => {
    requireAdmin(context);
    return listRollouts(context.em);
  },
};
