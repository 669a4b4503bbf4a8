// Posts: a photo or video with an optional caption and donation sticker; listed newest first.
import { requireUser } from '../../../../kit/guards.ts';
import { afterTimeCursor, connection, decodeTimeCursor, pageRequest, timeCursor, type Connection } from '../../../../kit/pagination.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import { validCaption, validMediaUrl } from '../media/media.rules.ts';
import { checkDonationSticker } from '../sticker/sticker.rules.ts';
import { PostSchema, type Post } from './post.entity.ts';

export interface CreatePostInput {
  caption?: string | null;
  mediaUrl: string;
  donationSticker?: { fundraiserId: string } | null;
}

export async function createPost(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, input: CreatePostInput): Promise<Post> {
  const viewer = requireUser(identity);
  const caption = validCaption(input.caption);
  const mediaUrl = validMediaUrl(input.mediaUrl);
  const fundraiserId = input.donationSticker?.fundraiserId.trim() ?? null;
  if (fundraiserId !== null) await checkDonationSticker(em, fundraiserId, 'donationSticker.fundraiserId');
  return inTransaction(em, async (tx) => {
    const post = tx.create(PostSchema, { authorId: viewer.id, caption, mediaUrl, stickerFundraiserId: fundraiserId, createdAt: new Date() });
    await tx.flush();
    await deps.outbox.record(tx, 'PostCreated', { postId: post.id, authorId: viewer.id, fundraiserId, createdAt: post.createdAt.toISOString() });
    return post;
  });
}

/** A person's posts, newest first, paged by (createdAt, id). */
export async function postsOf(em: EntityManager, authorId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<Post>> {
  const page = pageRequest(args, decodeTimeCursor);
  const posts = await em.find(
    PostSchema,
    { authorId, ...afterTimeCursor('createdAt', page.after, 'desc') },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.first + 1 },
  );
  return connection(posts, page.first, (p) => timeCursor(p.createdAt, p.id));
}
