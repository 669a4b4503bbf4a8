// Closed days' partial aggregates. A report over a month would otherwise read every donation of the
// month, and its distinct donor counts would deduplicate about a million (row, donor) pairs. Once a
// UTC day is over, its figures are built once: the amounts and counts of every combination of
// SOURCE, COUNTRY, PLATFORM and PROMPTED with each cell's distinct donors (report_day_cell), and
// who gave that day as bitmaps of donor numbers (report_day_donors), whose union counts a period's
// distinct donors. A change to a built day's donation (a refund, a dispute, a prompted correction)
// leaves a marker: the day is read from the donations again until it is rebuilt.
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { periodic, type Periodic } from '../../../../kit/periodic.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';

/** Donor numbers per bitmap row (a bit(65536) is 8 KB). */
export const CHUNK_BITS = 65_536;
/** A day is built this long after it ends: transactions that began before midnight have committed by then. */
const CLOSING_DELAY_MS = 3_600_000;
/** Days built per transaction-by-transaction run (a backfill of years goes on at the next run). */
const DAYS_PER_RUN = 92;
export const DAY_MS = 86_400_000;

/** The dimensions a day's cells are grouped by, in the order of PostgreSQL's grouping() bits (the first is the highest). */
export const CELL_DIMENSIONS = ['SOURCE', 'COUNTRY', 'PLATFORM', 'PROMPTED'] as const;

/** The `grouping` value of the cells grouped by `dimensions` (a set bit: summed over). */
export function cellGrouping(dimensions: readonly string[]): number {
  return CELL_DIMENSIONS.reduce((mask, d, i) => (dimensions.includes(d) ? mask : mask | (1 << (CELL_DIMENSIONS.length - 1 - i))), 0);
}

/** The last day that may be built at `now`. */
export function lastClosedDay(now: Date): string {
  return isoDay(new Date(Math.floor((now.getTime() - CLOSING_DELAY_MS) / DAY_MS) * DAY_MS - DAY_MS));
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * SQL to mark the days of the donations a statement changed as stale, where they may be built
 * already (before today in UTC). `changed` is a CTE returning "day".
 */
export const markStale = (changed: string) =>
  `insert into "donations"."report_day_stale" ("day") select distinct "day" from ${changed} where "day" < (now() at time zone 'UTC')::date`;

/** Of `days`, those built and not changed since: their figures come from the cells. */
export async function builtDays(em: EntityManager, days: readonly string[]): Promise<string[]> {
  if (days.length === 0) return [];
  const rows = await em.execute<{ day: string }[]>(
    `select to_char(d."day", 'YYYY-MM-DD') as "day" from "donations"."report_day" d
     where d."day" = any(?::date[]) and not exists (select 1 from "donations"."report_day_stale" s where s."day" = d."day")`,
    [`{${days.join(',')}}`],
  );
  return rows.map((r) => r.day);
}

/**
 * Builds the closed days not built yet, and rebuilds the stale ones, each in its own transaction
 * (one snapshot for the day's figures and the markers it clears: a change committed meanwhile keeps
 * its marker). One instance at a time (an advisory lock); answers the days built.
 */
export async function buildReportDays(em: EntityManager, now = new Date()): Promise<number> {
  const last = lastClosedDay(now);
  const todo = await em.execute<{ day: string }[]>(
    `with "watermark" as (
       select coalesce((select max("day") + 1 from "donations"."report_day"), (select min("day") from "donations"."report_donation")) as "first")
     select to_char("day", 'YYYY-MM-DD') as "day" from (
       select distinct "day" from "donations"."report_day_stale" where "day" <= ?::date
       union
       select generate_series("first", ?::date, interval '1 day')::date from "watermark" where "first" is not null) as "d"
     order by "day" limit ${DAYS_PER_RUN}`,
    [last, last],
  );
  let built = 0;
  for (const { day } of todo) {
    const done = await em.fork().transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext('givegraph:report-days')) as "locked"`);
      if (!lock!.locked) return false; // another instance is building
      await buildDay(tx, day);
      return true;
    }, { isolationLevel: IsolationLevel.REPEATABLE_READ });
    if (!done) break;
    built++;
  }
  return built;
}

async function buildDay(tx: EntityManager, day: string): Promise<void> {
  await tx.execute(`set local work_mem = '64MB'`);
  await tx.execute(`delete from "donations"."report_day_stale" where "day" = ?`, [day]);
  await tx.execute(`delete from "donations"."report_day_cell" where "day" = ?`, [day]);
  await tx.execute(`delete from "donations"."report_day_donors" where "day" = ?`, [day]);
  const dimensions = '"source", "country", "platform", "prompted"';
  await tx.execute(
    `insert into "donations"."report_day_cell" ("day", "grouping", "source", "country", "platform", "prompted", "currency",
       "raised", "matched", "refunded", "donations", "prompted_donations", "donors")
     select "day", grouping(${dimensions}), ${dimensions}, "currency",
       coalesce(sum("amount") filter (where "counted"), 0), sum("matched"), sum("refunded"),
       count(*) filter (where "counted"), count(*) filter (where "counted" and "prompted"), 0
     from "donations"."report_donation" where "day" = ?
     group by "day", "currency", cube(${dimensions})`,
    [day],
  );
  await tx.execute(
    `insert into "donations"."report_day_cell" ("day", "grouping", "source", "country", "platform", "prompted", "currency",
       "raised", "matched", "refunded", "donations", "prompted_donations", "donors")
     select "day", grouping(${dimensions}), ${dimensions}, null, 0, 0, 0, 0, 0, count(distinct "donor_id")
     from "donations"."report_donation" where "day" = ? and "counted"
     group by "day", cube(${dimensions})`,
    [day],
  );
  await tx.execute(
    `insert into "donations"."report_donor" ("donor_id")
     select distinct "donor_id" from "donations"."report_donation" where "day" = ? and "counted" on conflict do nothing`,
    [day],
  );
  await tx.execute(
    `insert into "donations"."report_day_donors" ("day", "chunk", "bits")
     select ?::date, n."number" / ${CHUNK_BITS}, bit_or(set_bit(repeat('0', ${CHUNK_BITS})::bit(${CHUNK_BITS}), n."number" % ${CHUNK_BITS}, 1))
     from "donations"."report_donation" r join "donations"."report_donor" n on n."donor_id" = r."donor_id"
     where r."day" = ? and r."counted"
     group by n."number" / ${CHUNK_BITS}`,
    [day, day],
  );
  await tx.execute(
    `insert into "donations"."report_day" ("day", "built_at") values (?, now()) on conflict ("day") do update set "built_at" = excluded."built_at"`,
    [day],
  );
}

/** Builds closed days in the background, every `intervalMs` (and once at start). */
export const reportDaysBuilder = (deps: SubgraphDeps, intervalMs: number): Periodic =>
  periodic(() => buildReportDays(deps.orm.em.fork()), intervalMs, (error) => deps.runtime.log.child('donations').error('building report days failed', error));
