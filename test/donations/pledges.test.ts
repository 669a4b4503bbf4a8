// ALL_OR_NOTHING: pledges save the card and count in `pledged`; at the deadline every pledge is
// charged off-session if the goal is reached, or cancelled if not, and the fundraiser's outcome
// goes back over the bus (SUCCEEDED or FAILED).
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, personalInput, sql } from '../fundraisers/helpers.ts';
import { deadlineScheduler } from '../../subgraphs/fundraisers/modules/deadline/deadline.scheduler.ts';

let platform: TestPlatform;
let organizer: TestAccount;

beforeAll(async () => {
  platform = await startTestPlatform();
  organizer = await signUp(platform);
});
afterAll(() => platform.stop());

async function allOrNothing(goal: number): Promise<string> {
  const id = await createdId(platform, organizer, personalInput({ fundingModel: 'ALL_OR_NOTHING', durationDays: 2, goal: { amount: goal, currency: 'USD' } }));
  await eventually(async () => expect(await sql(platform, 'select funding_model from donations.fundraiser_fact where fundraiser_id = $1', [id])).toEqual([{ funding_model: 'ALL_OR_NOTHING' }]));
  return id;
}
const pledge = async (fundraiserId: string, amount: number, paymentMethodId = 'pm_card_visa') =>
  platform.send(contract('Donate'), { input: { fundraiserId, amount: { amount, currency: 'USD' }, paymentMethodId, idempotencyKey: randomUUID() } }, { token: (await signUp(platform)).token });
const totals = async (id: string) => (await platform.send(contract('TotalsSnapshot'), { ids: [id] })).data!['fundraisersByIds'][0];
const deadline = () => deadlineScheduler(platform.subgraphs.fundraisers!.deps, 1000).runDue(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
const status = async (id: string) => (await sql<{ status: string }>(platform, 'select status from fundraisers.fundraiser where id = $1', [id]))[0]!.status;

describe('an ALL_OR_NOTHING fundraiser', () => {
  it('takes pledges (PLEDGED, counted in pledged only), charges them all when the goal is reached, and SUCCEEDS', async () => {
    const id = await allOrNothing(5000);
    const first = await pledge(id, 2000);
    expect(first.data!['donate'].donation.status).toBe('PLEDGED');
    await pledge(id, 3500);
    expect(codes(await pledge(id, 1000, 'pm_card_chargeDeclined'))).toEqual(['PAYMENT_DECLINED']);
    const pledged = (await platform.send('query($id: ID!) { fundraiser(id: $id) { totals { raised { amount } pledged { amount } donationCount donorCount progress } } }', { id })).data!['fundraiser'].totals;
    expect(pledged).toEqual({ raised: { amount: 0 }, pledged: { amount: 5500 }, donationCount: 0, donorCount: 0, progress: 5500 / 5000 });

    await deadline();
    await eventually(async () => expect(await status(id)).toBe('SUCCEEDED'));
    expect((await totals(id)).totals).toMatchObject({ raised: { amount: 5500, currency: 'USD' }, donationCount: 2, donorCount: 2 });
    const rows = await sql(platform, `select status, count(*)::int as n from donations.donation where fundraiser_id = $1 group by status order by status`, [id]);
    expect(rows).toEqual([{ status: 'FAILED', n: 1 }, { status: 'SUCCEEDED', n: 2 }]);
    const [pending] = await sql<{ pledged: number }>(platform, 'select sum(pledged)::int as pledged from donations.totals_shard where fundraiser_id = $1', [id]);
    expect(pending!.pledged).toBe(0);
  });

  it('cancels every pledge, charging nobody, when the goal is not reached, and FAILS', async () => {
    const id = await allOrNothing(100_000);
    await pledge(id, 2000);
    await pledge(id, 2500, 'pm_card_authenticationRequired'); // never authenticated: REQUIRES_ACTION
    await deadline();
    await eventually(async () => expect(await status(id)).toBe('FAILED'));
    expect(await sql(platform, `select status, payment_intent_id from donations.donation where fundraiser_id = $1 order by amount`, [id]))
      .toEqual([{ status: 'CANCELLED', payment_intent_id: null }, { status: 'CANCELLED', payment_intent_id: null }]);
    expect((await totals(id)).totals).toMatchObject({ raised: { amount: 0 }, donationCount: 0 });
  });
});
