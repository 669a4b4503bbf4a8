// Stories: shared for 24 hours, then gone from every list and lookup (filtered by expiry, so the
// lists are right before the clean-up job deletes them).
import { badInput } from '../../../../kit/errors.ts';
import { requireUser } from '../../../../kit/guards.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import type { RequestIdentity } from '../../../../kit/viewer.ts';
import { validMediaUrl } from '../media/media.rules.ts';
import { checkDonatedSticker, checkDonationSticker } from '../sticker/sticker.rules.ts';
import { StorySchema, type StickerType, type Story } from './story.entity.ts';

export const STORY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface CreateStoryInput {
  mediaUrl: string;
  sticker?: { type: string; fundraiserId: string } | null;
}

export async function createStory(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, input: CreateStoryInput): Promise<Story> {
  const viewer = requireUser(identity);
  const mediaUrl = validMediaUrl(input.mediaUrl);
  const sticker = input.sticker ?? null;
  if (sticker) {
    const fundraiserId = sticker.fundraiserId.trim();
    if (sticker.type === 'DONATION') await checkDonationSticker(em, fundraiserId, 'sticker.fundraiserId');
    else if (sticker.type === 'DONATED') await checkDonatedSticker(em, viewer.id, fundraiserId, 'sticker.fundraiserId');
    else throw badInput('sticker.type', 'A story sticker is DONATION or DONATED');
  }
  return inTransaction(em, async (tx) => {
    const now = new Date();
    const story = tx.create(StorySchema, {
      authorId: viewer.id, mediaUrl, stickerType: (sticker?.type as StickerType | undefined) ?? null, stickerFundraiserId: sticker?.fundraiserId.trim() ?? null,
      createdAt: now, expiresAt: new Date(now.getTime() + STORY_LIFETIME_MS),
    });
    await tx.flush();
    await deps.outbox.record(tx, 'StoryCreated', {
      storyId: story.id, authorId: viewer.id, sticker: sticker ? { type: sticker.type, fundraiserId: story.stickerFundraiserId } : null,
      createdAt: now.toISOString(), expiresAt: story.expiresAt.toISOString(),
    });
    return story;
  });
}

/** A person's stories still showing, oldest first (the order they are watched in). */
export function activeStoriesOf(em: EntityManager, authorId: string, now = new Date()): Promise<Story[]> {
  return em.find(StorySchema, { authorId, expiresAt: { $gt: now } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** A story still showing, or null. */
export async function activeStory(em: EntityManager, id: string, now = new Date()): Promise<Story | null> {
  return em.findOne(StorySchema, { id, expiresAt: { $gt: now } });
}

/** Deletes expired stories in batches; answers how many. Run periodically by every instance. */
export async function deleteExpiredStories(em: EntityManager, now = new Date(), batch = 1000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await em.execute<{ id: string }[]>(
      `delete from "content"."story" where "id" in (select "id" from "content"."story" where "expires_at" <= ? limit ${batch} for update skip locked) returning "id"`,
      [now],
    );
    deleted += rows.length;
    if (rows.length < batch) return deleted;
  }
}
