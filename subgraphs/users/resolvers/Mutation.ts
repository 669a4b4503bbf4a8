import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { signUp } from '../modules/user/accounts.service.ts';
import { signIn } from '../modules/auth/sign-in.service.ts';
import { setFollowing } from '../modules/follow/follow.service.ts';
import { changeRole } from '../modules/user/roles.service.ts';
import { viewerOf } from '../modules/user/viewer-of.ts';
import type { UsersContext } from '../context.ts';
import type { AuthResult } from '../modules/user/accounts.service.ts';
import { requireAdmin, requireUser } from '../../../kit/guards.ts';
import { createPartnerApp, issuePartnerToken } from '../modules/partner/partner-app.service.ts';

/** The rest of the request (e.g. `user { roles }`) is answered as the account that just signed in. */
function actAs(ctx: UsersContext, result: AuthResult): AuthResult {
  ctx.viewer = viewerOf(result.user);
  return result;
}

export const Mutation: MutationResolvers = {
  signUp: async (_, { input }, ctx) => actAs(ctx, await signUp(ctx.em, ctx.deps, input)),
  signIn: async (_, { input }, ctx) => actAs(ctx, await signIn(ctx.em, ctx.deps, input, ctx.ip)),
  follow: (_, { userId }, ctx) => setFollowing(ctx.em, ctx.deps, requireUser(ctx).id, userId, true),
  unfollow: (_, { userId }, ctx) => setFollowing(ctx.em, ctx.deps, requireUser(ctx).id, userId, false),
  grantRole: (_, { userId, role }, ctx) => (requireAdmin(ctx), changeRole(ctx.em, ctx.deps, userId, role, true)),
  revokeRole: (_, { userId, role }, ctx) => (requireAdmin(ctx), changeRole(ctx.em, ctx.deps, userId, role, false)),
  createPartnerApp: (_, { input }, ctx) => createPartnerApp(ctx.em, requireAdmin(ctx), input),
  issuePartnerToken: (_, { clientId, clientSecret }, ctx) => issuePartnerToken(ctx.em, ctx.deps, clientId, clientSecret, ctx.ip),
};
