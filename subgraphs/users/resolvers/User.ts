import type { UserResolvers } from '../__generated__/resolvers-types.ts';
import { forbidden } from '../../../kit/errors.ts';
import { isSelfOrAdmin } from '../../../kit/guards.ts';

export const User: UserResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.userById.load(id),
  email: (user, _, ctx) => {
    if (!isSelfOrAdmin(ctx, user.id)) throw forbidden('Only the account itself sees its email');
    return user.email;
  },
  roles: (user, _, ctx) => {
    if (!isSelfOrAdmin(ctx, user.id)) throw forbidden('Only the account itself sees its roles');
    return user.roles;
  },
  isFollowedByViewer: (user, _, { loaders }) => loaders.viewerFollows.load(user.id),
};
