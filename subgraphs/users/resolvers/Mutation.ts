import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { signUp } from '../modules/user/accounts.service.ts';
import { signIn } from '../modules/auth/sign-in.service.ts';
import { setFollowing } from '../modules/follow/follow.service.ts';
import { changeRole } from '../modules/user/roles.service.ts';
import { requireAdmin, requireUser } from './guards.ts';

export const Mutation: MutationResolvers = {
  signUp: (_, { input }, { em, deps }) => signUp(em, deps, input),
  signIn: (_, { input }, { em, deps, ip }) => signIn(em, deps, input, ip),
  follow: (_, { userId }, ctx) => setFollowing(ctx.em, ctx.deps, requireUser(ctx).id, userId, true),
  unfollow: (_, { userId }, ctx) => setFollowing(ctx.em, ctx.deps, requireUser(ctx).id, userId, false),
  grantRole: (_, { userId, role }, ctx) => (requireAdmin(ctx), changeRole(ctx.em, ctx.deps, userId, role, true)),
  revokeRole: (_, { userId, role }, ctx) => (requireAdmin(ctx), changeRole(ctx.em, ctx.deps, userId, role, false)),
};
