import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { createPost } from '../modules/post/post.service.ts';
import { createStory } from '../modules/story/story.service.ts';
import { endLive, startLive } from '../modules/live/live.service.ts';

export const Mutation: MutationResolvers = {
  createPost: (_, { input }, context) => createPost(context.em, context.deps, context, input),
  createStory: (_, { input }, context) => createStory(context.em, context.deps, context, input),
  startLive: (_, { input }, context) => startLive(context.em, context.deps, context, input),
  endLive: (_, { id }, context) => endLive(context.em, context.deps, context, id),
};
