import { Migration } from '@mikro-orm/migrations';

export class Migration20261121010000_nonprofits extends Migration {
  override up(): void {
    // Trigram search (typo-tolerant, prefix-friendly) over a million names. The extension lives in
    // this subgraph's schema unless the database already has it (then usually in public): both are
    // on the search path here and in search.ts.
    this.addSql('create extension if not exists pg_trgm with schema "nonprofits"');
    this.addSql('set local search_path = "nonprofits", public');
    this.addSql(`create table "nonprofits"."nonprofit" (
      "id" uuid not null primary key,
      "registry" varchar(255) not null,
      "registration_number" varchar(255) not null,
      "name" text not null,
      "city" text null,
      "country" varchar(2) not null,
      "kind" text null,
      "listed" boolean not null,
      "website" text null,
      "verification_status" varchar(255) not null,
      "verified_at" timestamptz null,
      "suspended_at" timestamptz null,
      "suspension_reason" text null,
      "updated_at" timestamptz not null
    )`);
    this.addSql(`alter table "nonprofits"."nonprofit" add constraint "nonprofit_registry_number_unique" unique ("registry", "registration_number")`);
    // GiST, not GIN: it also orders by trigram distance, so a search reads its first page from
    // the index nearest-first instead of scoring every match.
    this.addSql(`create index "nonprofit_name_trgm" on "nonprofits"."nonprofit" using gist (lower("name") gist_trgm_ops)`);
    this.addSql(`create index "nonprofit_registration_number" on "nonprofits"."nonprofit" ("registration_number")`);
    this.addSql(`create index "nonprofit_verified" on "nonprofits"."nonprofit" ("country") where "verification_status" = 'VERIFIED'`);

    this.addSql(`create table "nonprofits"."verification_request" (
      "id" uuid not null primary key,
      "nonprofit_id" uuid null,
      "applicant_id" uuid not null,
      "registry" varchar(255) not null,
      "registration_number" varchar(255) not null,
      "name" text not null,
      "website" text null,
      "contact_email" varchar(254) not null,
      "status" varchar(255) not null,
      "found" boolean not null,
      "eligible" boolean not null,
      "registry_name" text null,
      "reasons" text[] not null default '{}',
      "submitted_at" timestamptz not null,
      "decided_at" timestamptz null,
      "decided_by" uuid null,
      "decision_reason" text null
    )`);
    // At most one open request per nonprofit, whatever the concurrency.
    this.addSql(`create unique index "verification_request_one_open" on "nonprofits"."verification_request" ("nonprofit_id")
      where "status" in ('PENDING_REVIEW', 'INFO_REQUESTED')`);
    this.addSql(`create index "verification_request_queue" on "nonprofits"."verification_request" ("submitted_at", "id")
      where "status" in ('PENDING_REVIEW', 'INFO_REQUESTED')`);

    this.addSql(`create table "nonprofits"."verification_decision" (
      "id" uuid not null primary key,
      "request_id" uuid not null,
      "decision" varchar(255) not null,
      "reason" text null,
      "decided_by" uuid null,
      "decided_at" timestamptz not null
    )`);
    this.addSql(`create index "verification_decision_request_index" on "nonprofits"."verification_decision" ("request_id")`);
  }
}
