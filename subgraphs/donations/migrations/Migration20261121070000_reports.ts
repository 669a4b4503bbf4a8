import { Migration } from '@mikro-orm/migrations';
import { CURRENCY_CODES, PLATFORM_CODES, SOURCE_CODES, codeOf } from '../modules/report/report-codes.ts';

/** Campaign reports: one narrow row per counted donation (modules/report), and who owns each post, story and broadcast. */
export class Migration20261121070000_reports extends Migration {
  override up(): void {
    this.addSql(`create table "donations"."content_owner" (
      "source_id" uuid not null primary key,
      "owner_id" uuid not null
    )`);
    this.addSql(`create table "donations"."report_donation" (
      "donation_id" uuid not null primary key,
      "at" timestamptz not null,
      "day" date not null,
      "source" smallint not null,
      "country" varchar(2) not null,
      "platform" smallint not null,
      "prompted" boolean not null,
      "currency" smallint not null,
      "fundraiser_id" uuid not null,
      "nonprofit_id" uuid null,
      "donor_id" uuid not null,
      "amount" bigint not null,
      "matched" bigint not null,
      "refunded" bigint not null,
      "counted" boolean not null
    )`);
    this.addSql(`create index "report_donation_fundraiser" on "donations"."report_donation" ("fundraiser_id", "at")`);
    // Rows arrive in the order donations succeed: a BRIN index finds a period for almost nothing.
    this.addSql(`create index "report_donation_at" on "donations"."report_donation" using brin ("at")`);
    // The donations counted before this migration (their posts' owners are not known yet: prompted
    // unless from a fundraiser's page without a referrer; later events correct it).
    this.addSql(`insert into "donations"."report_donation"
      select d."id", d."succeeded_at", (d."succeeded_at" at time zone 'UTC')::date, ${codeOf(SOURCE_CODES, 'd."source_type"')}, d."country",
        ${codeOf(PLATFORM_CODES, 'd."platform"')}, d."referrer_id" is not null or d."source_type" <> 'FUNDRAISER_PAGE', ${codeOf(CURRENCY_CODES, 'd."currency"')},
        d."fundraiser_id", f."beneficiary_id", d."donor_id", d."amount",
        coalesce((select sum(m."amount") from "donations"."match" m where m."donation_id" = d."id" and not m."returned"), 0),
        case when d."status" = 'REFUNDED' or d."dispute_lost" then d."amount" else 0 end,
        not (d."status" = 'REFUNDED' or d."dispute_lost")
      from "donations"."donation" d left join "donations"."fundraiser_fact" f on f."fundraiser_id" = d."fundraiser_id"
      where d."succeeded_at" is not null and d."status" in ('SUCCEEDED', 'REFUNDED', 'DISPUTED')
      order by d."succeeded_at"`);
  }
}
