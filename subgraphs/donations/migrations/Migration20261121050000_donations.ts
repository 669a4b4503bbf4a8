import { Migration } from '@mikro-orm/migrations';
import { sharedFactTables } from '../../../kit/facts/shared-facts.ts';

export class Migration20261121050000_donations extends Migration {
  override up(): void {
    this.addSql(`create table "donations"."donation" (
      "id" uuid not null primary key,
      "donor_id" uuid not null,
      "fundraiser_id" uuid not null,
      "amount" bigint not null,
      "currency" varchar(3) not null,
      "status" varchar(255) not null,
      "anonymous" boolean not null,
      "message" text null,
      "source_type" varchar(255) not null,
      "source_id" uuid null,
      "referrer_id" uuid null,
      "country" varchar(2) not null,
      "platform" varchar(255) not null,
      "idempotency_key" varchar(255) not null,
      "payment_intent_id" varchar(255) null,
      "stripe_customer_id" varchar(255) null,
      "payment_method_id" varchar(255) null,
      "fee" bigint null,
      "failure_code" varchar(255) null,
      "refund_reason" text null,
      "dispute_lost" boolean not null default false,
      "refunded_by" uuid null,
      "created_at" timestamptz not null,
      "succeeded_at" timestamptz null,
      "updated_at" timestamptz not null
    )`);
    this.addSql(`alter table "donations"."donation" add constraint "donation_idempotency" unique ("donor_id", "idempotency_key")`);
    this.addSql(`create index "donation_fundraiser" on "donations"."donation" ("fundraiser_id", "created_at", "id")`);
    this.addSql(`create index "donation_donor" on "donations"."donation" ("donor_id", "created_at", "id")`);
    this.addSql(`create index "donation_payment_intent" on "donations"."donation" ("payment_intent_id")`);

    this.addSql(`create table "donations"."totals_shard" (
      "fundraiser_id" uuid not null,
      "shard" smallint not null,
      "raised" bigint not null,
      "pledged" bigint not null,
      "matched" bigint not null,
      "donation_count" int not null,
      "donor_count" int not null,
      primary key ("fundraiser_id", "shard")
    )`);
    this.addSql(`create table "donations"."live_totals_shard" (
      "broadcast_id" uuid not null,
      "shard" smallint not null,
      "raised" bigint not null,
      "donation_count" int not null,
      "donor_count" int not null,
      primary key ("broadcast_id", "shard")
    )`);
    this.addSql(`create table "donations"."live_donor" (
      "broadcast_id" uuid not null,
      "donor_id" uuid not null,
      "succeeded" int not null,
      primary key ("broadcast_id", "donor_id")
    )`);
    this.addSql(`create table "donations"."fundraiser_donor" (
      "fundraiser_id" uuid not null,
      "donor_id" uuid not null,
      "succeeded" int not null,
      primary key ("fundraiser_id", "donor_id")
    )`);
    this.addSql(`create table "donations"."ledger_entry" (
      "id" bigserial primary key,
      "donation_id" uuid not null,
      "fundraiser_id" uuid not null,
      "donor_id" uuid not null,
      "kind" varchar(255) not null,
      "amount" bigint not null,
      "currency" varchar(3) not null,
      "created_at" timestamptz not null
    )`);
    this.addSql(`create index "ledger_entry_fundraiser" on "donations"."ledger_entry" ("fundraiser_id")`);
    this.addSql(`create table "donations"."stripe_event" (
      "id" varchar(255) not null primary key,
      "type" varchar(255) not null,
      "applied_at" timestamptz not null
    )`);
    // Every change of any fundraiser's totals takes the next number: a fundraiser's sequence rises.
    this.addSql(`create sequence "donations"."totals_sequence"`);
    this.addSql(`create table "donations"."totals_change" (
      "sequence" bigint not null primary key,
      "fundraiser_id" uuid not null
    )`);
    this.addSql(`create index "totals_change_fundraiser" on "donations"."totals_change" ("fundraiser_id", "sequence")`);

    this.addSql(`create table "donations"."fundraiser_fact" (
      "fundraiser_id" uuid not null primary key,
      "organizer_id" uuid null,
      "kind" varchar(255) null,
      "currency" varchar(255) null,
      "goal" bigint null,
      "funding_model" varchar(255) null,
      "beneficiary_id" uuid null,
      "status" varchar(255) not null,
      "status_as_of" timestamptz not null
    )`);
    this.addSql(`create table "donations"."matching_campaign" (
      "id" uuid not null primary key,
      "name" text not null,
      "sponsor_name" text not null,
      "hashtag" text null,
      "ratio" numeric(4,2) not null,
      "currency" varchar(3) not null,
      "pool" bigint not null,
      "remaining" bigint not null check ("remaining" >= 0),
      "per_donor_cap" bigint not null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "eligible_nonprofit_ids" uuid[] not null,
      "created_by" uuid not null,
      "created_at" timestamptz not null
    )`);
    this.addSql(`create table "donations"."match" (
      "donation_id" uuid not null,
      "campaign_id" uuid not null,
      "donor_id" uuid not null,
      "amount" bigint not null,
      "returned" boolean not null default false,
      "created_at" timestamptz not null,
      primary key ("donation_id", "campaign_id")
    )`);
    this.addSql(`create index "match_campaign_donor" on "donations"."match" ("campaign_id", "donor_id")`);
    this.addSql(`create table "donations"."broadcast_fact" (
      "broadcast_id" uuid not null primary key,
      "fundraiser_id" uuid not null
    )`);
    // The rollout and the nonprofits' verification, as this subgraph hears of them (kit/facts).
    for (const sql of sharedFactTables('donations')) this.addSql(sql);
  }
}
