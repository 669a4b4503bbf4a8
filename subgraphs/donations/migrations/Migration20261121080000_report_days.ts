import { Migration } from '@mikro-orm/migrations';

/**
 * Closed days' partial aggregates for campaign reports (modules/report/report-days.ts): the cells
 * of every combination of the day's dimensions, its donors as bitmaps, and markers for days changed
 * after they were built. The donations service builds them in the background.
 */
export class Migration20261121080000_report_days extends Migration {
  override up(): void {
    this.addSql(`create table "donations"."report_day" ("day" date not null primary key, "built_at" timestamptz not null)`);
    this.addSql(`create table "donations"."report_day_stale" ("id" bigserial primary key, "day" date not null)`);
    this.addSql(`create index "report_day_stale_day" on "donations"."report_day_stale" ("day")`);
    this.addSql(`create table "donations"."report_day_cell" (
      "id" bigserial primary key,
      "day" date not null,
      "grouping" smallint not null,
      "source" smallint null,
      "country" varchar(2) null,
      "platform" smallint null,
      "prompted" boolean null,
      "currency" smallint null,
      "raised" bigint not null,
      "matched" bigint not null,
      "refunded" bigint not null,
      "donations" int not null,
      "prompted_donations" int not null,
      "donors" int not null
    )`);
    this.addSql(`create index "report_day_cell_day" on "donations"."report_day_cell" ("day", "grouping")`);
    this.addSql(`create table "donations"."report_donor" ("donor_id" uuid not null primary key, "number" serial)`);
    this.addSql(`alter table "donations"."report_donor" add constraint "report_donor_number_unique" unique ("number")`);
    this.addSql(`create table "donations"."report_day_donors" ("day" date not null, "chunk" int not null, "bits" bit(65536) not null, primary key ("day", "chunk"))`);
  }
}
