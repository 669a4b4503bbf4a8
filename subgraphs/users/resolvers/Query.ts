import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { UserSchema } from '../modules/user/user.entity.ts';

export const Query: QueryResolvers = {
  me: (_, __, { viewer, loaders }) => (viewer?.kind === 'user' ? loaders.userById.load(viewer.id) : null),
  user: (_, { id }, { loaders }) => loaders.userById.load(id),
  userByHandle: (_, { handle }, { em }) => em.findOne(UserSchema, { handle: handle.trim().toLowerCase() }),
};
