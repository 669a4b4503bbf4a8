// The content subgraph: posts, stories and live broadcasts, with donation stickers; its rules are
// checked against what it keeps of the other subgraphs' events.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { contentContext, type ContentContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { PostSchema } from './modules/post/post.entity.ts';
import { StorySchema } from './modules/story/story.entity.ts';
import { LiveBroadcastSchema } from './modules/live/live.entity.ts';
import { DonationFactSchema, FundraiserFactSchema, NonprofitFactSchema, RolloutFactSchema } from './modules/projection/projection.entity.ts';
import { projectionConsumers } from './modules/projection/projection.consumer.ts';
import { deleteExpiredStories } from './modules/story/story.service.ts';
import { migrations } from './migrations/index.ts';

/** How often each instance deletes expired stories (lists never show them either way). */
const STORY_CLEAN_UP_MS = 10 * 60 * 1000;

export const contentSubgraph: SubgraphDefinition<ContentContext> = {
  name: 'content',
  typeDefs: parse(readFileSync(new URL('../../schema/content.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as GraphQLResolverMap<ContentContext>,
  entities: [PostSchema, StorySchema, LiveBroadcastSchema, FundraiserFactSchema, NonprofitFactSchema, RolloutFactSchema, DonationFactSchema],
  migrations,
  context: contentContext,
  consumes: () => projectionConsumers,
  onStart: async (deps) => {
    const log = deps.runtime.log.child('content');
    const cleanUp = () => deleteExpiredStories(deps.orm.em.fork()).catch((error) => log.error('story clean-up failed', error));
    const timer = setInterval(cleanUp, STORY_CLEAN_UP_MS);
    timer.unref();
    return async () => clearInterval(timer);
  },
};
