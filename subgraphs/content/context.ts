import DataLoader from 'dataloader';
import type { BaseSubgraphContext, SubgraphDeps } from '../../kit/subgraph.ts';
import { loadByIds } from '../../kit/db/loaders.ts';
import { PostSchema, type Post } from './modules/post/post.entity.ts';
import { StorySchema, type Story } from './modules/story/story.entity.ts';
import { LiveBroadcastSchema, type LiveBroadcast } from './modules/live/live.entity.ts';

export interface ContentContext extends BaseSubgraphContext {
  deps: SubgraphDeps;
  loaders: {
    postById: DataLoader<string, Post | null>;
    storyById: DataLoader<string, Story | null>;
    liveBroadcastById: DataLoader<string, LiveBroadcast | null>;
  };
}

export function contentContext(base: BaseSubgraphContext, deps: SubgraphDeps): ContentContext {
  const { em } = base;
  return {
    ...base,
    deps,
    loaders: {
      postById: new DataLoader((ids) => loadByIds(em, PostSchema, ids)),
      storyById: new DataLoader((ids) => loadByIds(em, StorySchema, ids)),
      liveBroadcastById: new DataLoader((ids) => loadByIds(em, LiveBroadcastSchema, ids)),
    },
  };
}
