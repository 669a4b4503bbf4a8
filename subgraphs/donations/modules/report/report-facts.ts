// Keeps the report table in step with the totals, in the same statement (totals.service.ts adds
// these parts to the statement that changes the donation): a succeeded donation is added with
// where it came from and whether it was prompted; a refund or a lost dispute marks it no longer
// counted, with the amount taken out and the match given back. So a report over all time agrees
// with the totals and with ledger:check. A change to a day that may be built already marks it
// stale (report-days.ts).
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { Statement } from '../../../../kit/db/statement.ts';
import type { Donation } from '../donation/donation.entity.ts';
import { CURRENCY_CODES, PLATFORM_CODES, SOURCE_CODES } from './report-codes.ts';
import { markStale } from './report-days.ts';

/**
 * Prompted: someone referred the donor, or the donation came from a post, story, video or live that
 * is not the donor's own (an owner not yet heard of counts as someone else; see correctPrompted).
 */
export function recordSucceeded(st: Statement, donation: Donation, matched: number): void {
  const at = donation.succeededAt ?? new Date();
  const changed = st.add(
    'report',
    `insert into "donations"."report_donation" ("donation_id", "at", "day", "source", "country", "platform", "prompted", "currency",
       "fundraiser_id", "nonprofit_id", "donor_id", "amount", "matched", "refunded", "counted")
     select ?, ?::timestamptz, (?::timestamptz at time zone 'UTC')::date, ?, ?, ?,
       ?::uuid is not null or (?::text <> 'FUNDRAISER_PAGE' and coalesce((select "owner_id" from "donations"."content_owner" where "source_id" = ?::uuid) <> ?::uuid, true)),
       ?, ?, (select "beneficiary_id" from "donations"."fundraiser_fact" where "fundraiser_id" = ?), ?, ?, ?, 0, true
     where ${st.guard}
     on conflict ("donation_id") do update set "counted" = true, "refunded" = 0, "matched" = excluded."matched"
     returning "day"`,
    [
      donation.id, at, at, SOURCE_CODES[donation.sourceType], donation.country, PLATFORM_CODES[donation.platform],
      donation.referrerId ?? null, donation.sourceType, donation.sourceId ?? null, donation.donorId,
      CURRENCY_CODES[donation.currency], donation.fundraiserId, donation.fundraiserId, donation.donorId, donation.amount, matched,
    ],
  );
  st.add('stale', markStale(changed));
}

/** A refund or a lost dispute: no longer counted, its amount refunded, `matchReturned` (≤ 0) off its match. */
export function recordTakenOut(st: Statement, donation: Donation, matchReturned: number): void {
  const changed = st.add(
    'report',
    `update "donations"."report_donation" set "counted" = false, "refunded" = "amount", "matched" = "matched" + ? where "donation_id" = ? and ${st.guard} returning "day"`,
    [matchReturned, donation.id],
  );
  st.add('stale', markStale(changed));
}

/**
 * The owner of a post, story or broadcast became known (its creation event): that owner's own
 * donations from it, made without a referrer, were not prompted after all.
 */
export async function correctPrompted(em: EntityManager, sourceId: string, ownerId: string): Promise<void> {
  await em.execute(
    `with "changed" as (update "donations"."report_donation" r set "prompted" = false
       from "donations"."donation" d
       where d."donor_id" = ? and d."source_id" = ? and d."referrer_id" is null and r."donation_id" = d."id" and r."prompted"
       returning r."day")
     ${markStale('"changed"')}`,
    [ownerId, sourceId],
  );
}
