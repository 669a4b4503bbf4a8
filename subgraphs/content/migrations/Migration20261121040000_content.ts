import { Migration } from '@mikro-orm/migrations';
import { sharedFactTables } from '../../../kit/facts/shared-facts.ts';

export class Migration20261121040000_content extends Migration {
  override up(): void {
    this.addSql(`create table "content"."post" (
      "id" uuid not null primary key,
      "author_id" uuid not null,
      "caption" text null,
      "media_url" text not null,
      "sticker_fundraiser_id" uuid null,
      "created_at" timestamptz not null
    )`);
    this.addSql(`create index "post_author" on "content"."post" ("author_id", "created_at", "id")`);

    this.addSql(`create table "content"."story" (
      "id" uuid not null primary key,
      "author_id" uuid not null,
      "media_url" text not null,
      "sticker_type" varchar(255) null,
      "sticker_fundraiser_id" uuid null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null
    )`);
    this.addSql(`create index "story_author" on "content"."story" ("author_id", "expires_at")`);
    this.addSql(`create index "story_expires" on "content"."story" ("expires_at")`);

    this.addSql(`create table "content"."live_broadcast" (
      "id" uuid not null primary key,
      "host_id" uuid not null,
      "fundraiser_id" uuid not null,
      "title" text not null,
      "status" varchar(255) not null,
      "started_at" timestamptz not null,
      "ended_at" timestamptz null
    )`);
    this.addSql(`create unique index "live_broadcast_one_live" on "content"."live_broadcast" ("host_id") where "status" = 'LIVE'`);
    this.addSql(`create index "live_broadcast_live_now" on "content"."live_broadcast" ("started_at", "id") where "status" = 'LIVE'`);

    this.addSql(`create table "content"."fundraiser_fact" (
      "fundraiser_id" uuid not null primary key,
      "organizer_id" uuid null,
      "kind" varchar(255) null,
      "beneficiary_id" uuid null,
      "status" varchar(255) not null,
      "status_as_of" timestamptz not null
    )`);
    this.addSql(`create table "content"."donation_fact" (
      "donation_id" uuid not null primary key,
      "donor_id" uuid not null,
      "fundraiser_id" uuid not null,
      "refunded" boolean not null
    )`);
    this.addSql(`create index "donation_fact_donor" on "content"."donation_fact" ("donor_id", "fundraiser_id")`);
    // The rollout and the nonprofits' verification, as this subgraph hears of them (kit/facts).
    for (const sql of sharedFactTables('content')) this.addSql(sql);
  }
}
