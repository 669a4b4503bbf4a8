import { Migration } from '@mikro-orm/migrations';

/**
 * Live totals. A fundraiser's `sequence` becomes the number of changes its totals have taken,
 * counted in the shards themselves: read in the same statement as the sums, the same sequence always
 * means the same totals, and a later read never shows a lower one. (A number taken from a global
 * sequence inside the transaction could be committed out of order, with totals that miss a
 * concurrent change.) And the log of each live broadcast's donations, numbered per broadcast.
 */
export class Migration20261121060000_live extends Migration {
  override up(): void {
    this.addSql(`alter table "donations"."totals_shard" add column "changes" bigint not null default '0'`);
    // The changes counted so far keep every fundraiser's sequence where it was, or above.
    this.addSql(`insert into "donations"."totals_shard" as t ("fundraiser_id", "shard", "raised", "pledged", "matched", "donation_count", "donor_count", "changes")
      select "fundraiser_id", 0, 0, 0, 0, 0, 0, max("sequence") from "donations"."totals_change" group by "fundraiser_id"
      on conflict ("fundraiser_id", "shard") do update set "changes" = excluded."changes"`);
    this.addSql(`drop table "donations"."totals_change"`);
    this.addSql(`drop sequence "donations"."totals_sequence"`);
    this.addSql(`create table "donations"."live_donation" (
      "broadcast_id" uuid not null,
      "sequence" int not null,
      "donation_id" uuid not null,
      "created_at" timestamptz not null,
      primary key ("broadcast_id", "sequence")
    )`);
    this.addSql(`alter table "donations"."live_donation" add constraint "live_donation_donation" unique ("donation_id")`);
    // nonprofitTotalsUpdated sums the fundraisers of one nonprofit.
    this.addSql(`create index "fundraiser_fact_beneficiary" on "donations"."fundraiser_fact" ("beneficiary_id")`);
  }
}
