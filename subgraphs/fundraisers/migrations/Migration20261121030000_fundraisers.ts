import { Migration } from '@mikro-orm/migrations';
import { defaultRolloutValues } from '../../../kit/rollout.ts';

export class Migration20261121030000_fundraisers extends Migration {
  override up(): void {
    this.addSql(`create table "fundraisers"."fundraiser" (
      "id" uuid not null primary key,
      "organizer_id" uuid not null,
      "kind" varchar(255) not null,
      "category" varchar(255) not null,
      "title" text not null,
      "description" text not null,
      "beneficiary_id" uuid null,
      "goal_amount" bigint not null,
      "currency" varchar(3) not null,
      "funding_model" varchar(255) not null,
      "status" varchar(255) not null,
      "created_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "closed_at" timestamptz null,
      "updated_at" timestamptz not null
    )`);
    this.addSql(`create index "fundraiser_organizer" on "fundraisers"."fundraiser" ("organizer_id", "created_at", "id")`);
    this.addSql(`create index "fundraiser_beneficiary" on "fundraisers"."fundraiser" ("beneficiary_id", "created_at", "id")`);
    this.addSql(`create index "fundraiser_deadline" on "fundraisers"."fundraiser" ("ends_at") where "status" = 'ACTIVE'`);

    this.addSql(`create table "fundraisers"."fundraiser_update" (
      "id" uuid not null primary key,
      "fundraiser_id" uuid not null,
      "author_id" uuid not null,
      "text" text not null,
      "created_at" timestamptz not null
    )`);
    this.addSql(`create index "fundraiser_update_fundraiser" on "fundraisers"."fundraiser_update" ("fundraiser_id", "created_at", "id")`);

    this.addSql(`create table "fundraisers"."rollout" (
      "feature" varchar(255) not null primary key,
      "countries" text[] not null,
      "platforms" text[] not null,
      "updated_at" timestamptz not null,
      "updated_by" uuid null
    )`);
    this.addSql(`insert into "fundraisers"."rollout" ("feature", "countries", "platforms", "updated_at") values ${defaultRolloutValues()}`);

    this.addSql(`create table "fundraisers"."beneficiary" (
      "nonprofit_id" uuid not null primary key,
      "status" varchar(255) not null,
      "as_of" timestamptz not null
    )`);
  }
}
