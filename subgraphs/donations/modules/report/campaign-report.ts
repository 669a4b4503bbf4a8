// campaignReport: analysts' and admins' figures, grouped by any of the contract's dimensions, from
// the report table (report.entity.ts) and, for the closed days a report grouped by day can take
// them from, those days' built cells (report-days.ts). Statements run side by side: amounts and
// counts per group and currency (with the totals as a grouping set), distinct donors per group,
// the built days' cells, distinct donors overall. Amounts stay per currency; donors are only ever counted.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import { badInput } from '../../../../kit/errors.ts';
import { requireAnyRole } from '../../../../kit/guards.ts';
import type { Currency } from '../../../../kit/money.ts';
import type { Platform, RequestIdentity } from '../../../../kit/viewer.ts';
import type { SourceType } from '../donation/donation.entity.ts';
import { CURRENCY_BY_CODE, PLATFORM_BY_CODE, PLATFORM_CODES, SOURCE_BY_CODE, SOURCE_CODES } from './report-codes.ts';
import { builtDays, CELL_DIMENSIONS, cellGrouping, CHUNK_BITS, DAY_MS, isoDay } from './report-days.ts';

export const DIMENSIONS = ['DAY', 'SOURCE', 'COUNTRY', 'PLATFORM', 'FUNDRAISER', 'NONPROFIT', 'PROMPTED'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const COLUMNS: Record<Dimension, string> = {
  DAY: 'day', SOURCE: 'source', COUNTRY: 'country', PLATFORM: 'platform', FUNDRAISER: 'fundraiser_id', NONPROFIT: 'nonprofit_id', PROMPTED: 'prompted',
};
/** A report spans at most this long (two years): longer scans belong in an export, not a request. */
const MAX_DAYS = 731;
const MAX_IDS = 1_000;

export interface ReportFilter {
  from: Date | string;
  to: Date | string;
  fundraiserIds?: readonly string[] | null;
  nonprofitIds?: readonly string[] | null;
  matchingCampaignId?: string | null;
  countries?: readonly string[] | null;
  platforms?: readonly Platform[] | null;
  sources?: readonly SourceType[] | null;
}

interface Money { amount: number; currency: Currency }
interface Figures { raised: Money[]; matched: Money[]; refunded: Money[]; donationCount: number; donorCount: number }
export interface ReportRow extends Figures {
  day: string | null;
  source: SourceType | null;
  country: string | null;
  platform: Platform | null;
  prompted: boolean | null;
  fundraiser: { id: string } | null;
  nonprofit: { id: string } | null;
}

type Keyed = Record<string, unknown>;

export async function campaignReport(em: EntityManager, identity: RequestIdentity, filter: ReportFilter, groupBy: readonly Dimension[]) {
  requireAnyRole(identity, ['ANALYST', 'ADMIN']);
  const dimensions = [...new Set(groupBy)];
  const { period, others, params } = conditions(filter);
  const plan = await planDays(em, filter, dimensions, period);

  // From the donations: the whole period, or what the built days leave of it.
  const live = plan.live.length === 0 ? null : {
    where: [`(${plan.live.map(() => '("at" >= ? and "at" < ?)').join(' or ')})`, ...others].join(' and '),
    params: [...plan.live.flat(), ...params],
  };
  const columns = dimensions.map((d) => `"${COLUMNS[d]}"`);
  const keyList = columns.join(', ');
  const grouping = columns.length > 0 ? `grouping sets ((${keyList}, "currency"), ("currency"))` : '"currency"';
  const totalFlag = columns.length > 0 ? `grouping(${columns[0]}) = 1` : 'true';
  const [sums, donors, cells, [all]] = await Promise.all([
    !live ? Promise.resolve([] as Keyed[]) : em.execute<Keyed[]>(
      `select ${columns.map((c) => `${c}, `).join('')}"currency", ${totalFlag} as "is_total",
         coalesce(sum("amount") filter (where "counted"), 0) as "raised", sum("matched") as "matched", sum("refunded") as "refunded",
         count(*) filter (where "counted") as "donations", count(*) filter (where "counted" and "prompted") as "prompted_donations"
       from "donations"."report_donation" where ${live.where} group by ${grouping}`,
      live.params,
    ),
    !live || columns.length === 0 ? Promise.resolve([] as Keyed[]) : em.execute<Keyed[]>(
      `select ${keyList}, count(*) as "donors"
       from (select distinct ${keyList}, "donor_id" from "donations"."report_donation" where ${live.where} and "counted") as "d" group by ${keyList}`,
      live.params,
    ),
    plan.built.length === 0 ? Promise.resolve([] as Keyed[]) : em.execute<Keyed[]>(
      `select to_char("day", 'YYYY-MM-DD') as "day", "source", "country", "platform", "prompted", "currency",
         "raised", "matched", "refunded", "donations", "prompted_donations", "donors"
       from "donations"."report_day_cell" where "day" = any(?::date[]) and "grouping" = ? and ${others.join(' and ') || 'true'}`,
      [`{${plan.built.join(',')}}`, cellGrouping(dimensions), ...params],
    ),
    plan.built.length > 0 && plan.donorBitmaps ? distinctDonorsByDays(em, plan.built, live) : em.execute<{ donors: string }[]>(
      `select count(*) as "donors" from (select distinct "donor_id" from "donations"."report_donation" where ${[period.where, ...others].join(' and ')} and "counted") as "d"`,
      [...period.params, ...params],
    ),
  ]);

  const rows = new Map<string, ReportRow>();
  const total: Figures = { raised: [], matched: [], refunded: [], donationCount: 0, donorCount: Number(all?.donors ?? 0) };
  let prompted = 0;
  const add = (figures: Figures, values: Keyed) => {
    const currency = CURRENCY_BY_CODE.get(Number(values['currency']))!;
    addMoney(figures.raised, Number(values['raised']), currency);
    addMoney(figures.matched, Number(values['matched']), currency);
    addMoney(figures.refunded, Number(values['refunded']), currency);
    figures.donationCount += Number(values['donations']);
  };
  for (const sum of sums) {
    if (!sum['is_total']) add(rowFor(rows, dimensions, sum), sum);
    else {
      add(total, sum);
      prompted += Number(sum['prompted_donations']);
    }
  }
  for (const group of donors) rowFor(rows, dimensions, group).donorCount = Number(group['donors']);
  for (const cell of cells) {
    const row = rowFor(rows, dimensions, cell);
    if (cell['currency'] === null) row.donorCount = Number(cell['donors']);
    else {
      add(row, cell);
      add(total, cell);
      prompted += Number(cell['prompted_donations']);
    }
  }
  if (dimensions.length === 0 && total.raised.length > 0) rows.set('', { ...keysOf([], {}), ...total, raised: [...total.raised], matched: [...total.matched], refunded: [...total.refunded] });

  for (const figures of [total, ...rows.values()]) for (const list of [figures.raised, figures.matched, figures.refunded]) list.sort((a, b) => a.currency.localeCompare(b.currency));
  return {
    rows: [...rows.values()].sort((a, b) => compareRows(a, b, dimensions)),
    total,
    promptedShare: total.donationCount > 0 ? prompted / total.donationCount : null,
  };
}

function addMoney(list: Money[], amount: number, currency: Currency): void {
  const same = list.find((m) => m.currency === currency);
  if (same) same.amount += amount;
  else list.push({ amount, currency });
}

interface DayPlan {
  /** Whole days of the period read from their built cells. */
  built: string[];
  /** The rest of the period, read from the donations: [from, to) intervals. */
  live: [Date, Date][];
  /** The period's distinct donors can come from the days' donor bitmaps (no filter splits a day's donors). */
  donorBitmaps: boolean;
}

/**
 * Which part of the period the built days answer. Their cells hold the day's dimensions only, so
 * they serve a report grouped by DAY (distinct donors per day cannot be added across days) and by
 * no fundraiser or nonprofit, whose filters each name a grouped dimension (a filtered cell is then
 * whole or left out, never split).
 */
async function planDays(em: EntityManager, filter: ReportFilter, dimensions: readonly Dimension[], period: { from: Date; to: Date }): Promise<DayPlan> {
  const everything: DayPlan = { built: [], live: [[period.from, period.to]], donorBitmaps: false };
  const filtered = (['countries', 'platforms', 'sources'] as const).filter((f) => filter[f] != null);
  const usable = dimensions.includes('DAY')
    && dimensions.every((d) => d === 'DAY' || (CELL_DIMENSIONS as readonly string[]).includes(d))
    && filter.fundraiserIds == null && filter.nonprofitIds == null && filter.matchingCampaignId == null
    && filtered.every((f) => dimensions.includes(FILTERED_DIMENSION[f]));
  if (!usable) return everything;
  const whole: string[] = [];
  for (let day = Math.ceil(period.from.getTime() / DAY_MS) * DAY_MS; day + DAY_MS <= period.to.getTime(); day += DAY_MS) whole.push(isoDay(new Date(day)));
  const built = new Set(await builtDays(em, whole));
  if (built.size === 0) return everything;
  // The period minus the built days, as intervals.
  const live: [Date, Date][] = [];
  let start = period.from.getTime();
  for (const day of [...built].sort()) {
    const dayStart = Date.parse(`${day}T00:00:00Z`);
    if (dayStart > start) live.push([new Date(start), new Date(dayStart)]);
    start = dayStart + DAY_MS;
  }
  if (start < period.to.getTime()) live.push([new Date(start), period.to]);
  return { built: [...built].sort(), live, donorBitmaps: filtered.length === 0 };
}

const FILTERED_DIMENSION = { countries: 'COUNTRY', platforms: 'PLATFORM', sources: 'SOURCE' } as const;

/**
 * The distinct donors of the built days (the union of their bitmaps) and of the rest of the period
 * (its donors whose bit is not set in that union, or who have no number yet).
 */
function distinctDonorsByDays(em: EntityManager, days: readonly string[], live: { where: string; params: unknown[] } | null) {
  const union = `select "chunk", bit_or("bits") as "bits" from "donations"."report_day_donors" where "day" = any(?::date[]) group by "chunk"`;
  if (!live) return em.execute<{ donors: string }[]>(`select coalesce(sum(bit_count("bits")), 0) as "donors" from (${union}) as "u"`, [`{${days.join(',')}}`]);
  return em.execute<{ donors: string }[]>(
    `with "u" as materialized (${union}),
     "l" as (select distinct "donor_id" from "donations"."report_donation" where ${live.where} and "counted")
     select (select coalesce(sum(bit_count("bits")), 0) from "u")
       + (select count(*) from "l" left join "donations"."report_donor" n on n."donor_id" = "l"."donor_id"
          left join "u" on "u"."chunk" = n."number" / ${CHUNK_BITS}
          where n."number" is null or "u"."bits" is null or get_bit("u"."bits", n."number" % ${CHUNK_BITS}) = 0) as "donors"`,
    [`{${days.join(',')}}`, ...live.params],
  );
}

function rowFor(rows: Map<string, ReportRow>, dimensions: readonly Dimension[], values: Keyed): ReportRow {
  const key = dimensions.map((d) => String(values[COLUMNS[d]] ?? '')).join('\u0000');
  let row = rows.get(key);
  if (!row) rows.set(key, (row = { ...keysOf(dimensions, values), raised: [], matched: [], refunded: [], donationCount: 0, donorCount: 0 }));
  return row;
}

function keysOf(dimensions: readonly Dimension[], values: Keyed): Omit<ReportRow, keyof Figures> {
  const has = (d: Dimension) => dimensions.includes(d);
  const id = (value: unknown) => (value ? { id: String(value) } : null);
  return {
    day: has('DAY') ? dayOf(values['day']) : null,
    source: has('SOURCE') ? SOURCE_BY_CODE.get(Number(values['source'])) ?? null : null,
    country: has('COUNTRY') ? String(values['country']) : null,
    platform: has('PLATFORM') ? PLATFORM_BY_CODE.get(Number(values['platform'])) ?? null : null,
    prompted: has('PROMPTED') ? Boolean(values['prompted']) : null,
    fundraiser: has('FUNDRAISER') ? id(values['fundraiser_id']) : null,
    nonprofit: has('NONPROFIT') ? id(values['nonprofit_id']) : null,
  };
}

const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

const SORT_KEYS: Record<Dimension, (row: ReportRow) => string> = {
  DAY: (r) => r.day ?? '', SOURCE: (r) => r.source ?? '', COUNTRY: (r) => r.country ?? '', PLATFORM: (r) => r.platform ?? '',
  FUNDRAISER: (r) => r.fundraiser?.id ?? '\uffff', NONPROFIT: (r) => r.nonprofit?.id ?? '\uffff', PROMPTED: (r) => String(r.prompted),
};

function compareRows(a: ReportRow, b: ReportRow, dimensions: readonly Dimension[]): number {
  for (const d of dimensions) {
    const order = SORT_KEYS[d](a).localeCompare(SORT_KEYS[d](b));
    if (order !== 0) return order;
  }
  return 0;
}

/** The filter as SQL conditions: the period, and the others; each bad value is a BAD_USER_INPUT naming its field. */
function conditions(filter: ReportFilter): { period: { from: Date; to: Date; where: string; params: unknown[] }; others: string[]; params: unknown[] } {
  const from = new Date(filter.from);
  const to = new Date(filter.to);
  if (!(from < to)) throw badInput('filter.to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw badInput('filter.to', `A report spans at most ${MAX_DAYS} days`);
  const parts: string[] = [];
  const params: unknown[] = [];
  const list = (field: string, values: readonly string[] | null | undefined, cast: string, check: (v: string) => boolean, map: (v: string) => string | number = (v) => v) => {
    if (!values) return;
    if (values.length > MAX_IDS) throw badInput(`filter.${field}`, `At most ${MAX_IDS} values`);
    const bad = values.find((v) => !check(v));
    if (bad !== undefined) throw badInput(`filter.${field}`, `${JSON.stringify(bad)} is not a valid value of ${field}`);
    parts.push(`"${COLUMN_OF[field]}" = any(?::${cast}[])`);
    params.push(`{${values.map(map).join(',')}}`);
  };
  list('fundraiserIds', filter.fundraiserIds, 'uuid', isUuid);
  list('nonprofitIds', filter.nonprofitIds, 'uuid', isUuid);
  list('countries', filter.countries, 'text', (v) => /^[A-Za-z]{2}$/.test(v), (v) => v.toUpperCase());
  list('platforms', filter.platforms, 'smallint', (v) => v in PLATFORM_CODES, (v) => PLATFORM_CODES[v as Platform]);
  list('sources', filter.sources, 'smallint', (v) => v in SOURCE_CODES, (v) => SOURCE_CODES[v as SourceType]);
  if (filter.matchingCampaignId != null) {
    if (!isUuid(filter.matchingCampaignId)) throw badInput('filter.matchingCampaignId', 'Not a matching campaign id');
    parts.push('"donation_id" in (select "donation_id" from "donations"."match" where "campaign_id" = ?)');
    params.push(filter.matchingCampaignId);
  }
  return { period: { from, to, where: '"at" >= ? and "at" < ?', params: [from, to] }, others: parts, params };
}

const COLUMN_OF: Record<string, string> = { fundraiserIds: 'fundraiser_id', nonprofitIds: 'nonprofit_id', countries: 'country', platforms: 'platform', sources: 'source' };
