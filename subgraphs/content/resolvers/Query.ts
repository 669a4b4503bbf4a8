import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { isUuid } from '../../../kit/db/transaction.ts';
import { activeStory } from '../modules/story/story.service.ts';
import { liveNow } from '../modules/live/live.service.ts';

export const Query: QueryResolvers = {
  post: (_, { id }, { loaders }) => (isUuid(id) ? loaders.postById.load(id) : null),
  story: (_, { id }, { em }) => (isUuid(id) ? activeStory(em, id) : null),
  liveBroadcasts: (_, args, { em }) => liveNow(em, args),
  liveBroadcast: (_, { id }, { loaders }) => (isUuid(id) ? loaders.liveBroadcastById.load(id) : null),
};
