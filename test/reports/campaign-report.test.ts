// CampaignReport through the gateway with the contract's document: who may run it, every dimension
// and filter, amounts per currency, refunds and matches, prompted versus not, bad input.
import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
import { main } from '../../tools/report.ts';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, nonprofits, personalInput, sql } from '../fundraisers/helpers.ts';
import { give as giveAs } from './helpers.ts';

let platform: TestPlatform;
let admin: TestAccount;
let analyst: TestAccount;
let organizer: TestAccount;
let american: TestAccount;
let briton: TestAccount;
let usd: string;
let gbp: string;
let forNonprofit: string;
let nonprofit: string;
let campaignId: string;
let organizersPost: string;
let americansPost: string;
const from = new Date(Date.now() - 60_000).toISOString();
const to = () => new Date(Date.now() + 3_600_000).toISOString();
const today = new Date().toISOString().slice(0, 10);

const report = (groupBy: string[], filter: Record<string, unknown> = {}, as: TestAccount | null = analyst) =>
  platform.send(contract('CampaignReport'), { filter: { from, to: to(), ...filter }, groupBy }, as ? { token: as.token } : {});
const rows = async (groupBy: string[], filter: Record<string, unknown> = {}) => {
  const result = await report(groupBy, filter);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!['campaignReport'];
};
const give = (fundraiserId: string, amount: number, currency: string, as: TestAccount, clientPlatform: string, extra: Record<string, unknown> = {}) =>
  giveAs(platform, fundraiserId, amount, currency, as, clientPlatform, extra);
const donationsKnow = (sqlText: string, params: unknown[]) => eventually(async () => {
  if ((await sql(platform, sqlText, params)).length === 0) throw new Error('donations has not heard of it yet');
});
const usdMoney = (amount: number) => ({ amount, currency: 'USD' });
const gbpMoney = (amount: number) => ({ amount, currency: 'GBP' });

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await signInAdmin(platform);
  const person = await signUp(platform);
  await platform.send(contract('GrantRole'), { userId: person.id, role: 'ANALYST' }, { token: admin.token });
  const signedIn = await platform.send(contract('SignIn'), { input: { email: person.email, password: person.password } });
  analyst = { ...person, token: signedIn.data!['signIn'].token };
  organizer = await signUp(platform, { country: 'US' });
  american = await signUp(platform, { country: 'US' });
  briton = await signUp(platform, { country: 'GB' });
  usd = await createdId(platform, organizer, personalInput({ title: 'Team jerseys' }));
  gbp = await createdId(platform, organizer, personalInput({ title: 'Village hall roof', goal: { amount: 300_000, currency: 'GBP' } }));
  [nonprofit] = (await nonprofits(platform, admin, 1, 1)) as [string];
  forNonprofit = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: nonprofit, title: 'Food for the shelter' }));
  const created = await platform.send(contract('CreateMatchingCampaign'), { input: {
    name: 'Shelter month', sponsorName: 'Acme', ratio: 1, pool: usdMoney(100_000), perDonorCap: usdMoney(1_000),
    startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), eligibleNonprofitIds: [nonprofit],
  } }, { token: admin.token });
  campaignId = created.data!['createMatchingCampaign'].id;
  const post = async (as: TestAccount, fundraiserId: string) =>
    (await platform.send(contract('CreatePost'), { input: { mediaUrl: 'https://cdn.example.com/p.jpg', donationSticker: { fundraiserId } } }, { token: as.token })).data!['createPost'].id as string;
  await donationsKnow('select 1 from donations.fundraiser_fact where fundraiser_id = any($1::uuid[]) having count(*) = 3', [[usd, gbp, forNonprofit]]);
  organizersPost = await post(organizer, usd);
  americansPost = await post(american, usd);
  await donationsKnow('select 1 from donations.content_owner where source_id = any($1::uuid[]) having count(*) = 2', [[organizersPost, americansPost]]);

  // The donations the report is about:
  await give(usd, 1000, 'USD', american, 'IOS'); //                                        page, not prompted
  await give(usd, 2000, 'USD', american, 'IOS', { source: { type: 'POST', id: organizersPost } }); // someone else's post: prompted
  await give(usd, 500, 'USD', american, 'ANDROID', { source: { type: 'POST', id: americansPost } }); // their own post: not prompted
  await give(usd, 700, 'USD', briton, 'WEB', { referrerId: organizer.id }); //              referred: prompted
  await give(gbp, 1500, 'GBP', briton, 'WEB');
  await give(forNonprofit, 800, 'USD', briton, 'ANDROID'); //                              matched 800 by the campaign
  const refunded = await give(usd, 300, 'USD', briton, 'WEB');
  const refund = await platform.send(contract('RefundDonation'), { id: refunded, reason: 'asked' }, { token: organizer.token });
  if (refund.errors) throw new Error(JSON.stringify(refund.errors));
});
afterAll(() => platform.stop());

describe('CampaignReport', () => {
  it('is for analysts and admins: others are refused', async () => {
    expect(codes(await report([], {}, organizer))).toEqual(['FORBIDDEN']);
    expect(codes(await report([], {}, null))).toEqual(['UNAUTHENTICATED']);
    expect((await report([], {}, admin)).errors).toBeUndefined();
  });

  it('without groupBy: one row, the total, amounts per currency, distinct donors, prompted share', async () => {
    const result = await rows([]);
    const total = {
      raised: [gbpMoney(1500), usdMoney(1000 + 2000 + 500 + 700 + 800)],
      matched: [gbpMoney(0), usdMoney(800)],
      refunded: [gbpMoney(0), usdMoney(300)],
      donationCount: 6, donorCount: 2,
    };
    expect(result.total).toEqual(total);
    expect(result.rows).toEqual([{ day: null, source: null, country: null, platform: null, prompted: null, fundraiser: null, nonprofit: null, ...total }]);
    expect(result.promptedShare).toBeCloseTo(2 / 6);
  });

  it('groups by source and prompted, sorted by the keys', async () => {
    const result = await rows(['SOURCE', 'PROMPTED']);
    expect(result.rows.map((r: Record<string, unknown>) => [r['source'], r['prompted'], r['raised'], r['donationCount'], r['donorCount']])).toEqual([
      ['FUNDRAISER_PAGE', false, [gbpMoney(1500), usdMoney(1000 + 800 + 0)], 3, 2],
      ['FUNDRAISER_PAGE', true, [usdMoney(700)], 1, 1],
      ['POST', false, [usdMoney(500)], 1, 1],
      ['POST', true, [usdMoney(2000)], 1, 1],
    ]);
    // The refunded donation (page, not prompted) shows only in refunded.
    expect(result.rows[0].refunded).toEqual([gbpMoney(0), usdMoney(300)]);
  });

  it('groups by day, country and platform', async () => {
    const result = await rows(['DAY', 'COUNTRY', 'PLATFORM']);
    expect(result.rows.map((r: Record<string, unknown>) => [r['day'], r['country'], r['platform'], r['donationCount']])).toEqual([
      [today, 'GB', 'ANDROID', 1],
      [today, 'GB', 'WEB', 2],
      [today, 'US', 'ANDROID', 1],
      [today, 'US', 'IOS', 2],
    ]);
  });

  it('groups by fundraiser and nonprofit, resolving their titles and names through the graph', async () => {
    const result = await rows(['NONPROFIT', 'FUNDRAISER']);
    const byFundraiser = new Map(result.rows.map((r: { fundraiser: { id: string } }) => [r.fundraiser.id, r]));
    expect(byFundraiser.get(forNonprofit)).toMatchObject({ fundraiser: { id: forNonprofit, title: 'Food for the shelter' }, nonprofit: { id: nonprofit, name: 'Helping Paws Rescue 0' }, raised: [usdMoney(800)], matched: [usdMoney(800)] });
    expect(byFundraiser.get(gbp)).toMatchObject({ fundraiser: { title: 'Village hall roof' }, nonprofit: null, raised: [gbpMoney(1500)] });
    expect(byFundraiser.get(usd)).toMatchObject({ raised: [usdMoney(4200)], refunded: [usdMoney(300)], donationCount: 4, donorCount: 2 });
    // The report agrees with the totals.
    const totals = await platform.send('query($id: ID!) { fundraiser(id: $id) { totals { raised { amount } donationCount donorCount } } }', { id: usd });
    expect(totals.data!['fundraiser'].totals).toEqual({ raised: { amount: 4200 }, donationCount: 4, donorCount: 2 });
  });

  it('filters by fundraisers, nonprofits, campaign, countries, platforms, sources and period', async () => {
    expect((await rows([], { fundraiserIds: [gbp] })).total.raised).toEqual([gbpMoney(1500)]);
    expect((await rows([], { nonprofitIds: [nonprofit] })).total.raised).toEqual([usdMoney(800)]);
    expect((await rows([], { matchingCampaignId: campaignId })).total).toMatchObject({ raised: [usdMoney(800)], matched: [usdMoney(800)], donationCount: 1 });
    expect((await rows([], { countries: ['us'] })).total).toMatchObject({ raised: [usdMoney(3500)], donorCount: 1 });
    expect((await rows([], { platforms: ['IOS', 'ANDROID'] })).total.donationCount).toBe(4);
    expect((await rows([], { sources: ['POST'] })).total).toMatchObject({ raised: [usdMoney(2500)], donationCount: 2 });
    expect((await rows(['SOURCE'], { sources: ['POST'], countries: ['GB'] })).rows).toEqual([]);
    const before = await platform.send(contract('CampaignReport'), { filter: { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' }, groupBy: ['DAY'] }, { token: analyst.token });
    expect(before.data!['campaignReport']).toEqual({ rows: [], total: { raised: [], matched: [], refunded: [], donationCount: 0, donorCount: 0 }, promptedShare: null });
  });

  it('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const field = async (filter: Record<string, unknown>) => (await report(['DAY'], filter)).errors?.[0]?.extensions;
    expect(await field({ from: to(), to: from })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(await field({ from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(await field({ fundraiserIds: ['not-an-id'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.fundraiserIds' });
    expect(await field({ countries: ['USA'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countries' });
    expect(await field({ matchingCampaignId: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.matchingCampaignId' });
    expect(codes(await report(['WEEK']))).toEqual(['BAD_USER_INPUT']);
  });

  it('never identifies a donor: rows carry counts, never who', async () => {
    const result = await report(['DAY', 'SOURCE', 'COUNTRY', 'PLATFORM', 'FUNDRAISER', 'NONPROFIT', 'PROMPTED']);
    const text = JSON.stringify(result);
    for (const person of [american, briton]) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.handle);
    }
    expect(result.data!['campaignReport'].rows.length).toBeGreaterThan(0);
  });
});

describe('npm run report', () => {
  const run = (args: string[], env: Record<string, string> = {}) => main(args, { GIVEGRAPH_URL: platform.url, ...env });

  it('sends the contract document unchanged', () => {
    const sent = print(parse(readFileSync(new URL('../../tools/campaign-report.graphql', import.meta.url), 'utf8')));
    expect(sent).toBe(contract('CampaignReport'));
  });

  it('writes CSV for a spreadsheet: grouped keys, each figure per currency in major units, counts, a total line', async () => {
    const { code, out, err } = await run(['--from', today, '--to', today, '--group-by', 'source,prompted', '--format', 'csv'], { GIVEGRAPH_TOKEN: analyst.token });
    expect(code).toBe(0);
    expect(out.split('\r\n')).toEqual([
      'source,prompted,raised GBP,raised USD,matched GBP,matched USD,refunded GBP,refunded USD,donations,donors',
      'FUNDRAISER_PAGE,false,15.00,18.00,0.00,8.00,0.00,3.00,3,2',
      'FUNDRAISER_PAGE,true,,7.00,,0.00,,0.00,1,1',
      'POST,false,,5.00,,0.00,,0.00,1,1',
      'POST,true,,20.00,,0.00,,0.00,1,1',
      'total,,15.00,50.00,0.00,8.00,0.00,3.00,6,2',
      '',
    ]);
    expect(err).toBe('33.3% prompted\n');
  });

  it('writes an aligned table, signing in with an analyst email and password', async () => {
    const { code, out } = await run(['--from', today, '--to', today, '--group-by', 'fundraiser', '--fundraiser', gbp], { GIVEGRAPH_EMAIL: analyst.email, GIVEGRAPH_PASSWORD: analyst.password });
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^fundraiser id\s+fundraiser\s+raised GBP\s+matched GBP\s+refunded GBP\s+donations\s+donors$/);
    expect(lines[2]).toMatch(new RegExp(`^${gbp}\\s+Village hall roof\\s+15\\.00\\s+0\\.00\\s+0\\.00\\s+1\\s+1$`));
    expect(lines[3]).toMatch(/^total\s+15\.00/);
  });

  it('exits 2 with the usage for bad arguments, 1 with the graph’s answer when refused', async () => {
    expect(await run(['--to', today])).toMatchObject({ code: 2, err: expect.stringContaining('--from and --to are required') });
    expect(await run(['--from', today, '--to', today, '--group-by', 'week'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown dimension week') });
    expect(await run(['--from', today, '--to', today, '--format', 'xlsx'])).toMatchObject({ code: 2 });
    expect(await run(['--from', today, '--to', today], { GIVEGRAPH_TOKEN: organizer.token })).toMatchObject({ code: 1, err: expect.stringContaining('FORBIDDEN') });
  });
});
