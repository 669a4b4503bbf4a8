// Matching campaigns: created by admins, matching donations to eligible verified nonprofits at the
// ratio within each donor's cap and the pool, first come first served, never overspent, given back
// on refunds; every amount in the ledger.
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, nonprofits, personalInput, sql } from '../fundraisers/helpers.ts';
import { checkLedger } from '../../subgraphs/donations/modules/totals/ledger-check.ts';

let platform: TestPlatform;
let admin: TestAccount;
let organizer: TestAccount;
let eligible: string;
let other: string;
let nonprofitIds: string[];

const donationsSee = (fundraiserId: string) => eventually(async () => {
  expect(await sql(platform, `select status from donations.fundraiser_fact where fundraiser_id = $1 and beneficiary_id is not null`, [fundraiserId])).toEqual([{ status: 'ACTIVE' }]);
});

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await signInAdmin(platform);
  organizer = await signUp(platform);
  const [first, second] = await nonprofits(platform, admin, 2, 2);
  await eventually(async () => expect((await sql(platform, `select count(*)::int as n from donations.nonprofit_fact where status = 'VERIFIED'`))[0]!['n']).toBe(2));
  eligible = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: first }));
  other = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: second }));
  await donationsSee(eligible);
  await donationsSee(other);
  nonprofitIds = [first!, second!];
});
afterAll(() => platform.stop());

const campaign = (input: Record<string, unknown>, as: TestAccount = admin) => platform.send(contract('CreateMatchingCampaign'), {
  input: {
    name: 'Giving Tuesday', sponsorName: 'Acme Corp', hashtag: 'GivingTuesday', ratio: 1, pool: { amount: 10_000, currency: 'USD' }, perDonorCap: { amount: 3_000, currency: 'USD' },
    startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), ...input,
  },
}, { token: as.token });
const give = async (fundraiserId: string, amount: number, as?: TestAccount) => (await platform.send(contract('Donate'), {
  input: { fundraiserId, amount: { amount, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID() },
}, { token: (as ?? (await signUp(platform))).token })).data!['donate'].donation;
const read = async (id: string) => (await platform.send(contract('MatchingCampaign'), { id }, { token: admin.token })).data!['matchingCampaign'];

describe('CreateMatchingCampaign', () => {
  it('is for admins, with every input checked', async () => {
    const created = await campaign({ ratio: 0.5, eligibleNonprofitIds: [nonprofitIds[0]] });
    expect(created.data!['createMatchingCampaign']).toMatchObject({
      name: 'Giving Tuesday', sponsorName: 'Acme Corp', hashtag: '#GivingTuesday', ratio: 0.5, status: 'ACTIVE',
      pool: { amount: 10_000, currency: 'USD' }, remaining: { amount: 10_000, currency: 'USD' }, perDonorCap: { amount: 3_000, currency: 'USD' },
      eligibleNonprofits: [{ id: nonprofitIds[0], name: 'Helping Paws Rescue 0' }],
    });
    // Close it again so it matches nothing below.
    await sql(platform, `update donations.matching_campaign set ends_at = now() where id = $1`, [created.data!['createMatchingCampaign'].id]);
    expect(codes(await campaign({}, organizer))).toEqual(['FORBIDDEN']);
    for (const [field, input] of [
      ['ratio', { ratio: 6 }], ['ratio', { ratio: 0 }], ['endsAt', { endsAt: new Date(Date.now() - 120_000).toISOString() }],
      ['perDonorCap.currency', { perDonorCap: { amount: 100, currency: 'EUR' } }], ['pool.amount', { pool: { amount: -5, currency: 'USD' } }], ['name', { name: ' ' }],
    ] as const) {
      expect((await campaign(input)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('matching', () => {
  it('matches at the ratio within the donor\'s cap, only for eligible fundraisers, and gives a refund\'s match back', async () => {
    const id = (await campaign({ ratio: 2, pool: { amount: 50_000, currency: 'USD' }, perDonorCap: { amount: 3_000, currency: 'USD' } })).data!['createMatchingCampaign'].id;
    const donor = await signUp(platform);
    const first = await give(eligible, 1000, donor);
    expect(first.matched).toEqual({ amount: 2000, currency: 'USD' });
    const second = await give(eligible, 1000, donor);
    expect(second.matched).toEqual({ amount: 1000, currency: 'USD' }); // the cap: 3,000 in all
    expect((await give(eligible, 1000, donor)).matched.amount).toBe(0);
    const page = (await platform.send('query($id: ID!) { fundraiser(id: $id) { matchingCampaigns { id ratio status remaining { amount } } totals { matched { amount } } } }', { id: eligible })).data!['fundraiser'];
    expect(page.matchingCampaigns).toEqual([{ id, ratio: 2, status: 'ACTIVE', remaining: { amount: 47_000 } }]);
    expect(page.totals.matched.amount).toBe(3000);
    expect(await read(id)).toMatchObject({ remaining: { amount: 47_000 }, matchedDonationCount: 2 });

    await platform.send(contract('RefundDonation'), { id: first.id }, { token: admin.token });
    expect(await read(id)).toMatchObject({ remaining: { amount: 49_000 }, matchedDonationCount: 1 });
    // A personal fundraiser is never matched.
    const personal = await createdId(platform, organizer);
    await eventually(async () => expect(await sql(platform, 'select status from donations.fundraiser_fact where fundraiser_id = $1', [personal])).toEqual([{ status: 'ACTIVE' }]));
    expect((await give(personal, 1000)).matched.amount).toBe(0);
    await sql(platform, `update donations.matching_campaign set ends_at = now() where id = $1`, [id]);
  });

  it('never overspends the pool when donations race for it, and is EXHAUSTED when it is empty', async () => {
    const id = (await campaign({ pool: { amount: 5_000, currency: 'USD' }, perDonorCap: { amount: 5_000, currency: 'USD' } })).data!['createMatchingCampaign'].id;
    const donors = await Promise.all(Array.from({ length: 10 }, () => signUp(platform)));
    const given = await Promise.all(donors.map((d) => give(other, 1000 + 1, d)));
    expect(given.reduce((sum, d) => sum + d.matched.amount, 0)).toBe(5_000);
    expect(await read(id)).toMatchObject({ status: 'EXHAUSTED', remaining: { amount: 0 } });
    await platform.sandbox!.drained();
    expect((await checkLedger(platform.subgraphs.donations!.deps.orm.em.fork())).differences).toEqual([]);
  });
});
