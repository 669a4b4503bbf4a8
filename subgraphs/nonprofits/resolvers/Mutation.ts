import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { requireAdmin, requireAnyRole, requireUser } from '../../../kit/guards.ts';
import { applyForVerification } from '../modules/verification/apply.service.ts';
import { reviewVerification } from '../modules/verification/review.service.ts';
import { suspendNonprofit } from '../modules/nonprofit/suspension.service.ts';
import { REVIEWERS } from '../modules/verification/access.ts';

export const Mutation: MutationResolvers = {
  applyForNonprofitVerification: (_, { input }, ctx) => applyForVerification(ctx.em, ctx.deps, requireUser(ctx).id, input),
  reviewNonprofitVerification: (_, { input }, ctx) => reviewVerification(ctx.em, ctx.deps, requireAnyRole(ctx, REVIEWERS).id, input),
  suspendNonprofit: (_, { id, reason }, ctx) => (requireAdmin(ctx), suspendNonprofit(ctx.em, ctx.deps, id, reason)),
};
