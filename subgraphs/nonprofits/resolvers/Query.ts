import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { requireAnyRole, requireUser } from '../../../kit/guards.ts';
import { forbidden } from '../../../kit/errors.ts';
import { isUuid } from '../../../kit/db/transaction.ts';
import { searchNonprofits } from '../modules/nonprofit/search.ts';
import { verificationQueue } from '../modules/verification/queue.ts';
import { VerificationRequestSchema } from '../modules/verification/verification.entity.ts';
import { canSeeRequest, REVIEWERS } from '../modules/verification/access.ts';

export const Query: QueryResolvers = {
  nonprofit: (_, { id }, { loaders }) => loaders.nonprofitById.load(id),
  searchNonprofits: (_, args, { em }) => searchNonprofits(em, args),
  verificationQueue: (_, args, ctx) => (requireAnyRole(ctx, REVIEWERS), verificationQueue(ctx.em, args)),
  verificationRequest: async (_, { id }, ctx) => {
    const viewer = requireUser(ctx);
    if (!isUuid(id)) return null;
    const request = await ctx.em.findOne(VerificationRequestSchema, { id });
    if (!request) return null;
    if (!canSeeRequest(viewer, request)) throw forbidden('Only the applicant and reviewers see a verification request');
    return request;
  },
};
