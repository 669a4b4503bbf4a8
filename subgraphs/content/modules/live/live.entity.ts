import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export type LiveStatus = 'LIVE' | 'ENDED';

/** A live broadcast for a nonprofit fundraiser. */
export const LiveBroadcastSchema = defineEntity({
  name: 'LiveBroadcast',
  tableName: 'live_broadcast',
  indexes: [
    // One LIVE broadcast per host, whatever the concurrency.
    { name: 'live_broadcast_one_live', expression: `create unique index "live_broadcast_one_live" on "content"."live_broadcast" ("host_id") where "status" = 'LIVE'` },
    { name: 'live_broadcast_live_now', expression: `create index "live_broadcast_live_now" on "content"."live_broadcast" ("started_at", "id") where "status" = 'LIVE'` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    hostId: p.uuid(),
    fundraiserId: p.uuid(),
    title: p.text(),
    status: p.string().$type<LiveStatus>(),
    startedAt: p.datetime(),
    endedAt: p.datetime().nullable(),
  },
});
export type LiveBroadcast = InferEntity<typeof LiveBroadcastSchema>;
