import { Migration } from '@mikro-orm/migrations';

export class Migration20261121060000_public_donors extends Migration {
  override up(): void {
    this.addSql(`create table "users"."public_donation" (
      "donation_id" uuid not null primary key,
      "fundraiser_id" uuid not null,
      "donor_id" uuid not null,
      "withdrawn" boolean not null
    )`);
    this.addSql(`create index "public_donation_fundraiser" on "users"."public_donation" ("fundraiser_id", "donor_id")`);
  }
}
