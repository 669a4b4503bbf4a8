import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** `follower` follows `followee`. The counts on each account move in the same transaction. */
export const FollowSchema = defineEntity({
  name: 'Follow',
  tableName: 'follow',
  properties: {
    follower: p.uuid().primary(),
    followee: p.uuid().primary().index('follow_followee_index'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type Follow = InferEntity<typeof FollowSchema>;
