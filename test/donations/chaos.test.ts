// Chaos: 200 donations from 50 donors at once, to five fundraisers (two of them matched from one
// small pool), while the sandbox delivers every webhook one to three times, shuffled, some late,
// some with a forged signature first. Then every total, the ledger and the pool are checked to
// the cent.
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, nonprofits, personalInput, sql } from '../fundraisers/helpers.ts';
import { checkLedger } from '../../subgraphs/donations/modules/totals/ledger-check.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

/** Runs `work` over `items`, `limit` at a time. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  }));
  return results;
}

describe('200 donations under webhook chaos', () => {
  it('leave every total, the ledger and the pool exact to the cent', async () => {
    const admin = await signInAdmin(platform);
    const organizer = await signUp(platform);
    const [first, second] = await nonprofits(platform, admin, 2, 2);
    const fundraisers = [
      await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: first })),
      await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: second })),
      ...(await Promise.all([1, 2, 3].map(() => createdId(platform, organizer)))),
    ];
    await eventually(async () => {
      const [row] = await sql<{ n: number }>(platform, `select count(*)::int as n from donations.fundraiser_fact f where fundraiser_id = any($1::uuid[]) and status = 'ACTIVE'
        and (kind <> 'NONPROFIT' or exists (select 1 from donations.nonprofit_fact n where n.nonprofit_id = f.beneficiary_id and n.status = 'VERIFIED'))`, [fundraisers]);
      expect(row!.n).toBe(5);
    });
    const pool = 20_000;
    const created = await platform.send(contract('CreateMatchingCampaign'), { input: {
      name: 'Chaos match', sponsorName: 'Sponsor', ratio: 1, pool: { amount: pool, currency: 'USD' }, perDonorCap: { amount: 1_500, currency: 'USD' },
      startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    } }, { token: admin.token });
    const campaignId = created.data!['createMatchingCampaign'].id;
    const donors: TestAccount[] = await inParallel(Array.from({ length: 50 }, (_, i) => i), 10, () => signUp(platform));

    platform.sandbox!.setChaos({ maxCopies: 3, maxDelayMs: 300, badSignatureShare: 0.2 });
    try {
      const gifts = Array.from({ length: 200 }, (_, i) => ({ donor: donors[i % 50]!, fundraiserId: fundraisers[i % 5]!, amount: 100 + ((i * 37) % 900) }));
      const results = await inParallel(gifts, 25, (g) => platform.send(contract('Donate'), {
        input: { fundraiserId: g.fundraiserId, amount: { amount: g.amount, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID() },
      }, { token: g.donor.token }));
      expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
      await platform.sandbox!.drained();

      for (const [index, fundraiserId] of fundraisers.entries()) {
        const mine = gifts.filter((g) => g.fundraiserId === fundraiserId);
        const { totals } = (await platform.send(contract('TotalsSnapshot'), { ids: [fundraiserId] })).data!['fundraisersByIds'][0];
        expect([index, totals.raised.amount, totals.donationCount, totals.donorCount])
          .toEqual([index, mine.reduce((s, g) => s + g.amount, 0), 40, new Set(mine.map((g) => g.donor.id)).size]);
      }
      const [matched] = await sql<{ total: number }>(platform, 'select coalesce(sum(amount), 0)::int as total from donations.match where campaign_id = $1 and not returned', [campaignId]);
      const campaign = (await platform.send(contract('MatchingCampaign'), { id: campaignId }, { token: admin.token })).data!['matchingCampaign'];
      expect(campaign.remaining.amount + matched!.total).toBe(pool);
      expect(campaign.remaining.amount).toBeGreaterThanOrEqual(0);
      expect((await checkLedger(platform.subgraphs.donations!.deps.orm.em.fork())).differences).toEqual([]);
      // Whichever came first, donate's answer or the webhook, every donation has Stripe's fee.
      const fees = await sql(platform, `select count(*)::int as n, count(fee)::int as with_fee from donations.donation where status = 'SUCCEEDED' and fundraiser_id = any($1::uuid[])`, [fundraisers]);
      expect(fees).toEqual([{ n: 200, with_fee: 200 }]);
    } finally {
      platform.sandbox!.setChaos(undefined);
    }
  }, 180_000);
});
