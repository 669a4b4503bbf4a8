// Recomputes every fundraiser's totals from scratch, from the append-only ledger and from the
// donations themselves, and compares them with the totals the platform serves. Zero differences,
// always; anything else is a bug to chase.
import type { EntityManager } from '../../../../kit/db/orm.ts';

export interface LedgerDifference {
  fundraiserId: string;
  field: 'raised' | 'donationCount' | 'donorCount' | 'matched';
  served: number;
  fromLedger: number;
  fromDonations: number;
}

export async function checkLedger(em: EntityManager): Promise<{ fundraisers: number; differences: LedgerDifference[] }> {
  const rows = await em.execute<{ served_matched: string; ledger_matched: string; match_matched: string; fundraiser_id: string; served_raised: string; served_count: string; served_donors: string; ledger_raised: string; ledger_count: string; ledger_donors: string; donation_raised: string; donation_count: string; donation_donors: string }[]>(`
    with served as (
      select "fundraiser_id", sum("raised") as raised, sum("donation_count") as count, sum("donor_count") as donors, sum("matched") as matched
      from "donations"."totals_shard" group by "fundraiser_id"),
    ledger_matched as (
      select "fundraiser_id", sum("amount") as matched from "donations"."ledger_entry" where "kind" in ('MATCHED', 'MATCH_RETURNED') group by "fundraiser_id"),
    matches as (
      select d."fundraiser_id", sum(m."amount") as matched from "donations"."match" m join "donations"."donation" d on d."id" = m."donation_id"
      where not m."returned" group by d."fundraiser_id"),
    per_donation as (
      select "fundraiser_id", "donation_id", "donor_id", sum("amount") as amount, sum(case when "kind" = 'SUCCEEDED' then 1 else -1 end) as counted
      from "donations"."ledger_entry" where "kind" in ('SUCCEEDED', 'REFUNDED', 'DISPUTE_LOST')
      group by "fundraiser_id", "donation_id", "donor_id"),
    ledger as (
      select "fundraiser_id", sum(amount) as raised, sum(counted) as count, count(distinct "donor_id") filter (where counted > 0) as donors
      from per_donation group by "fundraiser_id"),
    donations as (
      select "fundraiser_id", sum("amount") as raised, count(*) as count, count(distinct "donor_id") as donors
      from "donations"."donation" where "status" = 'SUCCEEDED' or ("status" = 'DISPUTED' and not "dispute_lost") group by "fundraiser_id"),
    everyone as (select "fundraiser_id" from served union select "fundraiser_id" from ledger union select "fundraiser_id" from donations)
    select e."fundraiser_id",
      coalesce(s.raised, 0) as served_raised, coalesce(s.count, 0) as served_count, coalesce(s.donors, 0) as served_donors,
      coalesce(l.raised, 0) as ledger_raised, coalesce(l.count, 0) as ledger_count, coalesce(l.donors, 0) as ledger_donors,
      coalesce(d.raised, 0) as donation_raised, coalesce(d.count, 0) as donation_count, coalesce(d.donors, 0) as donation_donors,
      coalesce(s.matched, 0) as served_matched, coalesce(lm.matched, 0) as ledger_matched, coalesce(m.matched, 0) as match_matched
    from everyone e left join served s using ("fundraiser_id") left join ledger l using ("fundraiser_id") left join donations d using ("fundraiser_id")
      left join ledger_matched lm using ("fundraiser_id") left join matches m using ("fundraiser_id")`);
  const differences: LedgerDifference[] = [];
  for (const r of rows) {
    const fields = [
      ['raised', r.served_raised, r.ledger_raised, r.donation_raised],
      ['donationCount', r.served_count, r.ledger_count, r.donation_count],
      ['donorCount', r.served_donors, r.ledger_donors, r.donation_donors],
      ['matched', r.served_matched, r.ledger_matched, r.match_matched],
    ] as const;
    for (const [field, served, fromLedger, fromDonations] of fields) {
      if (Number(served) !== Number(fromLedger) || Number(served) !== Number(fromDonations)) {
        differences.push({ fundraiserId: r.fundraiser_id, field, served: Number(served), fromLedger: Number(fromLedger), fromDonations: Number(fromDonations) });
      }
    }
  }
  return { fundraisers: rows.length, differences };
}
