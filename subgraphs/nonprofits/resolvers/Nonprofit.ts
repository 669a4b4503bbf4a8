import type { NonprofitResolvers } from '../__generated__/resolvers-types.ts';

export const Nonprofit: NonprofitResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.nonprofitById.load(id),
  listedInRegistry: (nonprofit) => nonprofit.listed,
};
