import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A photo or video post; at most one donation sticker. */
export const PostSchema = defineEntity({
  name: 'Post',
  tableName: 'post',
  indexes: [{ name: 'post_author', properties: ['authorId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    authorId: p.uuid(),
    caption: p.text().nullable(),
    mediaUrl: p.text(),
    /** The fundraiser of its donation sticker. */
    stickerFundraiserId: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
});
export type Post = InferEntity<typeof PostSchema>;
