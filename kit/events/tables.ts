// The tables every subgraph schema has for events: the transactional outbox and the record of
// events already handled. Written with plain SQL (no entity) so that several ORMs in one process
// never share metadata for them.
import { Migration } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';

export function kitMigrations(schema: string): { name: string; class: Constructor<Migration> }[] {
  class KitEventTables extends Migration {
    override up(): void {
      this.addSql(`create table "${schema}"."outbox" (
        "seq" bigserial primary key,
        "id" uuid not null unique,
        "type" text not null,
        "payload" jsonb not null,
        "occurred_at" timestamptz not null,
        "published_at" timestamptz null,
        "claimed_until" timestamptz null,
        "attempts" int not null default 0
      )`);
      this.addSql(`create index "outbox_unpublished" on "${schema}"."outbox" ("seq") where "published_at" is null`);
      this.addSql(`create table "${schema}"."processed_event" (
        "consumer" text not null,
        "event_id" uuid not null,
        "processed_at" timestamptz not null default now(),
        primary key ("consumer", "event_id")
      )`);
    }
  }
  return [{ name: 'Migration00000000000000_kit_event_tables', class: KitEventTables }];
}
