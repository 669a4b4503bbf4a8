// campaignReport: analysts' and admins' figures, grouped by any of the contract's dimensions, from
// the report table (report.entity.ts). Three statements run side by side: amounts and counts per
// group and currency (with the totals as a grouping set), distinct donors per group, distinct donors
// overall. Amounts stay per currency; donors are only ever counted.
import type { EntityManager } from '../../../../kit/db/orm.ts';
import { isUuid } from '../../../../kit/db/transaction.ts';
import { badInput } from '../../../../kit/errors.ts';
import { requireAnyRole } from '../../../../kit/guards.ts';
import type { Currency } from '../../../../kit/money.ts';
import type { Platform, RequestIdentity } from '../../../../kit/viewer.ts';
import type { SourceType } from '../donation/donation.entity.ts';
import { CURRENCY_BY_CODE, PLATFORM_BY_CODE, PLATFORM_CODES, SOURCE_BY_CODE, SOURCE_CODES } from './report-codes.ts';

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
  const { where, params } = conditions(filter);
  const columns = dimensions.map((d) => `"${COLUMNS[d]}"`);
  const keyList = columns.join(', ');
  const grouping = columns.length > 0 ? `grouping sets ((${keyList}, "currency"), ("currency"))` : '"currency"';
  const totalFlag = columns.length > 0 ? `grouping(${columns[0]}) = 1` : 'true';

  const [sums, donors, [all]] = await Promise.all([
    em.execute<Keyed[]>(
      `select ${columns.map((c) => `${c}, `).join('')}"currency", ${totalFlag} as "is_total",
         coalesce(sum("amount") filter (where "counted"), 0) as "raised", sum("matched") as "matched", sum("refunded") as "refunded",
         count(*) filter (where "counted") as "donations", count(*) filter (where "counted" and "prompted") as "prompted_donations"
       from "donations"."report_donation" where ${where} group by ${grouping}`,
      params,
    ),
    columns.length === 0 ? Promise.resolve([] as Keyed[]) : em.execute<Keyed[]>(
      `select ${keyList}, count(*) as "donors"
       from (select distinct ${keyList}, "donor_id" from "donations"."report_donation" where ${where} and "counted") as "d" group by ${keyList}`,
      params,
    ),
    em.execute<{ donors: string }[]>(
      `select count(*) as "donors" from (select distinct "donor_id" from "donations"."report_donation" where ${where} and "counted") as "d"`,
      params,
    ),
  ]);

  const rows = new Map<string, ReportRow>();
  const total: Figures = { raised: [], matched: [], refunded: [], donationCount: 0, donorCount: Number(all?.donors ?? 0) };
  let prompted = 0;
  for (const sum of sums) {
    const currency = CURRENCY_BY_CODE.get(Number(sum['currency']))!;
    const figures = sum['is_total'] ? total : rowFor(rows, dimensions, sum);
    figures.raised.push({ amount: Number(sum['raised']), currency });
    figures.matched.push({ amount: Number(sum['matched']), currency });
    figures.refunded.push({ amount: Number(sum['refunded']), currency });
    figures.donationCount += Number(sum['donations']);
    if (sum['is_total']) prompted += Number(sum['prompted_donations']);
  }
  for (const group of donors) rowFor(rows, dimensions, group).donorCount = Number(group['donors']);
  if (dimensions.length === 0 && total.raised.length > 0) rows.set('', { ...keysOf([], {}), ...total, raised: [...total.raised], matched: [...total.matched], refunded: [...total.refunded] });

  for (const figures of [total, ...rows.values()]) for (const list of [figures.raised, figures.matched, figures.refunded]) list.sort((a, b) => a.currency.localeCompare(b.currency));
  return {
    rows: [...rows.values()].sort((a, b) => compareRows(a, b, dimensions)),
    total,
    promptedShare: total.donationCount > 0 ? prompted / total.donationCount : null,
  };
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
    day: has('DAY') ? isoDay(values['day']) : null,
    source: has('SOURCE') ? SOURCE_BY_CODE.get(Number(values['source'])) ?? null : null,
    country: has('COUNTRY') ? String(values['country']) : null,
    platform: has('PLATFORM') ? PLATFORM_BY_CODE.get(Number(values['platform'])) ?? null : null,
    prompted: has('PROMPTED') ? Boolean(values['prompted']) : null,
    fundraiser: has('FUNDRAISER') ? id(values['fundraiser_id']) : null,
    nonprofit: has('NONPROFIT') ? id(values['nonprofit_id']) : null,
  };
}

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

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

/** The filter as SQL conditions; each bad value is a BAD_USER_INPUT naming its field. */
function conditions(filter: ReportFilter): { where: string; params: unknown[] } {
  const from = new Date(filter.from);
  const to = new Date(filter.to);
  if (!(from < to)) throw badInput('filter.to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) throw badInput('filter.to', `A report spans at most ${MAX_DAYS} days`);
  const parts = ['"at" >= ?', '"at" < ?'];
  const params: unknown[] = [from, to];
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
  return { where: parts.join(' and '), params };
}

const COLUMN_OF: Record<string, string> = { fundraiserIds: 'fundraiser_id', nonprofitIds: 'nonprofit_id', countries: 'country', platforms: 'platform', sources: 'source' };
