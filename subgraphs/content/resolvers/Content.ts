import type { LiveBroadcastResolvers, PostResolvers, StickerResolvers, StoryResolvers, UserResolvers } from '../__generated__/resolvers-types.ts';
import type { StickerModel } from '../modules/references.ts';
import { postsOf } from '../modules/post/post.service.ts';
import { activeStoriesOf } from '../modules/story/story.service.ts';

const sticker = (type: StickerModel['type'] | null | undefined, fundraiserId: string | null | undefined): StickerModel[] =>
  type && fundraiserId ? [{ type, fundraiser: { id: fundraiserId } }] : [];

export const Post: PostResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.postById.load(id),
  author: (post) => ({ id: post.authorId }),
  stickers: (post) => sticker('DONATION', post.stickerFundraiserId),
};

export const Story: StoryResolvers = {
  // An expired story is gone, by reference too.
  __resolveReference: async ({ id }, { loaders }) => {
    const story = await loaders.storyById.load(id);
    return story && story.expiresAt > new Date() ? story : null;
  },
  author: (story) => ({ id: story.authorId }),
  stickers: (story) => sticker(story.stickerType, story.stickerFundraiserId),
};

export const Sticker: StickerResolvers = {
  __resolveType: (s) => (s.type === 'DONATION' ? 'DonationSticker' : 'DonatedSticker'),
};

export const LiveBroadcast: LiveBroadcastResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.liveBroadcastById.load(id),
  host: (b) => ({ id: b.hostId }),
  fundraiser: (b) => ({ id: b.fundraiserId }),
};

/** `User.posts` and `User.stories`: the users subgraph owns User; this subgraph adds what it knows. */
export const User: UserResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  posts: ({ id }, args, { em }) => postsOf(em, id, args),
  stories: ({ id }, _, { em }) => activeStoriesOf(em, id),
};
