import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export type StickerType = 'DONATION' | 'DONATED';

/** A story: gone from every list and lookup 24 hours after its creation. */
export const StorySchema = defineEntity({
  name: 'Story',
  tableName: 'story',
  indexes: [
    { name: 'story_author', properties: ['authorId', 'expiresAt'] },
    // The clean-up job's work list.
    { name: 'story_expires', properties: ['expiresAt'] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    authorId: p.uuid(),
    mediaUrl: p.text(),
    stickerType: p.string().$type<StickerType>().nullable(),
    stickerFundraiserId: p.uuid().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});
export type Story = InferEntity<typeof StorySchema>;
