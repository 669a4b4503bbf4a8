// Closed days' built figures (modules/report/report-days.ts): a report grouped by day reads them
// instead of the donations, answers exactly what the donations would, counts a donor who gave on
// several days (built or not) once, and shows a later refund of a built day's donation at once.
import { openOrmFor } from '../../kit/subgraph.ts';
import type { SubgraphOrm } from '../../kit/db/orm.ts';
import { donationsSubgraph } from '../../subgraphs/donations/index.ts';
import { buildReportDays } from '../../subgraphs/donations/modules/report/report-days.ts';
import { contract } from '../harness/contract.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, personalInput, sql } from '../fundraisers/helpers.ts';
import { give as giveAs } from './helpers.ts';

const DAY = 86_400_000;
let platform: TestPlatform;
let orm: SubgraphOrm;
let analyst: TestAccount;
let organizer: TestAccount;
let donations: Record<string, string>;
const midnight = (daysAgo: number) => new Date(Math.floor(Date.now() / DAY) * DAY - daysAgo * DAY);
const dayOf = (daysAgo: number) => midnight(daysAgo).toISOString().slice(0, 10);
const from = midnight(5).toISOString();
const to = () => new Date(Date.now() + 3_600_000).toISOString();
const usd = (amount: number) => ({ amount, currency: 'USD' });
const gbp = (amount: number) => ({ amount, currency: 'GBP' });

const report = async (groupBy: string[], filter: Record<string, unknown> = {}) => {
  const result = await platform.send(contract('CampaignReport'), { filter: { from, to: to(), ...filter }, groupBy }, { token: analyst.token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!['campaignReport'];
};
/** The same report with every built day marked changed, so read from the donations; the days are built again after. */
const fromDonations = async (groupBy: string[], filter: Record<string, unknown> = {}) => {
  await sql(platform, 'insert into donations.report_day_stale (day) select day from donations.report_day');
  const answer = await report(groupBy, filter);
  await buildReportDays(orm.em.fork());
  return answer;
};
const build = () => buildReportDays(orm.em.fork());

beforeAll(async () => {
  platform = await startTestPlatform();
  orm = await openOrmFor(donationsSubgraph, { kind: 'postgresql', url: platform.databaseUrl });
  const admin = await signInAdmin(platform);
  const person = await signUp(platform);
  await platform.send(contract('GrantRole'), { userId: person.id, role: 'ANALYST' }, { token: admin.token });
  analyst = { ...person, token: (await platform.send(contract('SignIn'), { input: { email: person.email, password: person.password } })).data!['signIn'].token };
  organizer = await signUp(platform, { country: 'US' });
  const american = await signUp(platform, { country: 'US' });
  const briton = await signUp(platform, { country: 'GB' });
  const irish = await signUp(platform, { country: 'IE' });
  const usdFundraiser = await createdId(platform, organizer, personalInput());
  const gbpFundraiser = await createdId(platform, organizer, personalInput({ title: 'Village hall roof', goal: { amount: 300_000, currency: 'GBP' } }));
  await eventually(async () => {
    const known = await sql(platform, 'select 1 from donations.fundraiser_fact where fundraiser_id = any($1::uuid[])', [[usdFundraiser, gbpFundraiser]]);
    if (known.length < 2) throw new Error('donations has not heard of the fundraisers yet');
  });
  const give = (fundraiserId: string, amount: number, currency: string, as: TestAccount, clientPlatform: string, extra: Record<string, unknown> = {}) =>
    giveAs(platform, fundraiserId, amount, currency, as, clientPlatform, extra);
  donations = {
    threeDaysAgo1: await give(usdFundraiser, 1000, 'USD', american, 'IOS'),
    threeDaysAgo2: await give(usdFundraiser, 700, 'USD', briton, 'WEB', { referrerId: organizer.id }),
    twoDaysAgo1: await give(usdFundraiser, 2000, 'USD', american, 'ANDROID'),
    twoDaysAgo2: await give(gbpFundraiser, 1500, 'GBP', briton, 'WEB'),
    today1: await give(usdFundraiser, 400, 'USD', american, 'WEB'),
    today2: await give(usdFundraiser, 300, 'USD', irish, 'IOS'),
  };
  // Donations that succeeded on earlier days (as far as the report is concerned).
  const backdate = (ids: string[], days: number) => sql(platform,
    `update donations.report_donation set at = at - make_interval(days => $2), day = day - $2::int where donation_id = any($1::uuid[])`, [ids, days]);
  await backdate([donations['threeDaysAgo1']!, donations['threeDaysAgo2']!], 3);
  await backdate([donations['twoDaysAgo1']!, donations['twoDaysAgo2']!], 2);
});
afterAll(async () => {
  await orm?.close();
  await platform?.stop();
});

describe('closed days in campaign reports', () => {
  it('are built once closed, and answer exactly what the donations do', async () => {
    const groupBy = ['DAY', 'SOURCE', 'COUNTRY'];
    const before = await report(groupBy);
    expect(await build()).toBeGreaterThanOrEqual(2); // three and two days ago (and yesterday, once an hour into today)
    const days = await sql<{ day: string }>(platform, `select to_char(day, 'YYYY-MM-DD') as day from donations.report_day order by day`);
    expect(days.map((d) => d.day)).toEqual(expect.arrayContaining([dayOf(3), dayOf(2)]));
    expect(days.map((d) => d.day)).not.toContain(dayOf(0)); // today is still open

    const after = await report(groupBy);
    expect(after).toEqual(before);
    expect(after.rows.map((r: Record<string, unknown>) => [r['day'], r['country'], r['raised'], r['donationCount'], r['donorCount']])).toEqual([
      [dayOf(3), 'GB', [usd(700)], 1, 1],
      [dayOf(3), 'US', [usd(1000)], 1, 1],
      [dayOf(2), 'GB', [gbp(1500)], 1, 1],
      [dayOf(2), 'US', [usd(2000)], 1, 1],
      [dayOf(0), 'IE', [usd(300)], 1, 1],
      [dayOf(0), 'US', [usd(400)], 1, 1],
    ]);
    // The American gave on both built days and today, the Briton on both built days: three donors.
    expect(after.total).toEqual({ raised: [gbp(1500), usd(4400)], matched: [gbp(0), usd(0)], refunded: [gbp(0), usd(0)], donationCount: 6, donorCount: 3 });
    expect(after.promptedShare).toBeCloseTo(1 / 6);
  });

  it('read the built figures, not the donations, for a built day', async () => {
    await build();
    // A change behind the report's back (no marker): a built day does not show it, today does.
    await sql(platform, 'update donations.report_donation set amount = amount + 1 where donation_id = any($1::uuid[])', [[donations['threeDaysAgo1'], donations['today1']]]);
    try {
      const rows = (await report(['DAY', 'COUNTRY'], { countries: ['US'] })).rows.map((r: Record<string, unknown>) => [r['day'], r['raised']]);
      expect(rows).toEqual([[dayOf(3), [usd(1000)]], [dayOf(2), [usd(2000)]], [dayOf(0), [usd(401)]]]);
    } finally {
      await sql(platform, 'update donations.report_donation set amount = amount - 1 where donation_id = any($1::uuid[])', [[donations['threeDaysAgo1'], donations['today1']]]);
    }
  });

  it('give the same answers as the donations for every grouping by day and filter on a grouped dimension', async () => {
    await build();
    const cases: [string[], Record<string, unknown>][] = [
      [['DAY'], {}],
      [['DAY', 'PLATFORM'], { platforms: ['WEB', 'IOS'] }],
      [['DAY', 'PROMPTED', 'SOURCE'], { sources: ['FUNDRAISER_PAGE'] }],
      [['DAY', 'COUNTRY', 'PLATFORM', 'SOURCE', 'PROMPTED'], { countries: ['GB', 'IE'] }],
      // Filters on a dimension the rows do not show, and periods not on whole days: from the donations.
      [['DAY'], { countries: ['US'] }],
      [['DAY', 'COUNTRY'], { from: new Date(midnight(3).getTime() + 3_600_000).toISOString() }],
    ];
    for (const [groupBy, filter] of cases) expect([groupBy, await report(groupBy, filter)]).toEqual([groupBy, await fromDonations(groupBy, filter)]);
  });

  it('show a refund of a built day at once, and the same once the day is built again', async () => {
    await build();
    const refund = await platform.send(contract('RefundDonation'), { id: donations['twoDaysAgo1'], reason: 'asked' }, { token: organizer.token });
    expect(refund.errors).toBeUndefined();
    const stale = await sql<{ day: string }>(platform, `select to_char(day, 'YYYY-MM-DD') as day from donations.report_day_stale`);
    expect(stale.map((s) => s.day)).toEqual([dayOf(2)]);

    const twoDaysAgo = async () => (await report(['DAY', 'COUNTRY'])).rows.find((r: Record<string, unknown>) => r['day'] === dayOf(2) && r['country'] === 'US');
    const expected = { raised: [usd(0)], refunded: [usd(2000)], donationCount: 0, donorCount: 0 };
    expect(await twoDaysAgo()).toMatchObject(expected);
    expect(await build()).toBe(1); // only the changed day
    expect(await twoDaysAgo()).toMatchObject(expected);
    expect((await report(['DAY'])).total).toMatchObject({ raised: [gbp(1500), usd(2400)], refunded: [gbp(0), usd(2000)], donationCount: 5, donorCount: 3 });
  });
});
