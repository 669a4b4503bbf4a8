import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { createFundraiser, endFundraiser, extendFundraiser, postUpdate, updateFundraiser } from '../modules/fundraiser/fundraiser.service.ts';
import { setRollout } from '../modules/rollout/rollout.service.ts';

export const Mutation: MutationResolvers = {
  createFundraiser: (_, { input }, context) => createFundraiser(context.em, context.deps, context, input),
  updateFundraiser: (_, { id, input }, context) => updateFundraiser(context.em, context.deps, context, id, input),
  extendFundraiser: (_, { id, days }, context) => extendFundraiser(context.em, context.deps, context, id, days),
  endFundraiser: (_, { id }, context) => endFundraiser(context.em, context.deps, context, id),
  postFundraiserUpdate: (_, { fundraiserId, text }, context) => postUpdate(context.em, context.deps, context, fundraiserId, text),
  setFundraisingRollout: (_, { input }, context) => setRollout(context.em, context.deps, context, input),
};
