// The contract's FundraiserPage, whole, through the gateway: the fundraiser, its totals, its
// donations (anonymity as the contract says), its matching campaigns, its updates, whether the
// viewer gave, and the donors the viewer follows (users' projection of public donors).
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, sql } from '../fundraisers/helpers.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

describe('FundraiserPage', () => {
  it('serves every field of the contract document', async () => {
    const organizer = await signUp(platform);
    const viewer = await signUp(platform);
    const [followedPublic, followedAnonymous, stranger] = await Promise.all([signUp(platform), signUp(platform), signUp(platform)]);
    for (const person of [followedPublic, followedAnonymous]) await platform.send(contract('Follow'), { userId: person.id }, { token: viewer.token });
    const id = await createdId(platform, organizer);
    await platform.send(contract('PostFundraiserUpdate'), { id, text: 'Thank you all!' }, { token: organizer.token });
    await eventually(async () => expect(await sql(platform, 'select status from donations.fundraiser_fact where fundraiser_id = $1', [id])).toEqual([{ status: 'ACTIVE' }]));
    const give = async (as: TestAccount, amount: number, anonymous = false) => (await platform.send(contract('Donate'), {
      input: { fundraiserId: id, amount: { amount, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(), anonymous, message: `From ${as.handle}` },
    }, { token: as.token })).data!['donate'].donation.id as string;
    const publicGift = await give(followedPublic, 1000);
    await give(followedAnonymous, 2000, true);
    await give(stranger, 3000);
    const page = async () => {
      const result = await platform.send(contract('FundraiserPage'), { id }, { token: viewer.token });
      expect(result.errors).toBeUndefined();
      return result.data!['fundraiser'];
    };
    await eventually(async () => expect((await page()).donorsYouFollow).toEqual([{ id: followedPublic.id, handle: followedPublic.handle }]));
    const shown = await page();
    expect(shown).toMatchObject({
      id, status: 'ACTIVE', organizer: { id: organizer.id, handle: organizer.handle }, beneficiary: null,
      totals: { raised: { amount: 6000, currency: 'USD' }, pledged: { amount: 0, currency: 'USD' }, matched: { amount: 0, currency: 'USD' }, donationCount: 3, donorCount: 3, progress: 6000 / 500_000 },
      matchingCampaigns: [], updates: { edges: [{ node: { text: 'Thank you all!' } }] }, viewerHasDonated: false,
    });
    expect(shown.donations.edges.map((e: { node: { donor: { handle: string } | null; isAnonymous: boolean } }) => [e.node.donor?.handle ?? null, e.node.isAnonymous]))
      .toEqual([[stranger.handle, false], [null, true], [followedPublic.handle, false]]);

    // The organizer sees the anonymous donor's name; a refunded donor leaves donorsYouFollow.
    const forOrganizer = (await platform.send(contract('FundraiserPage'), { id }, { token: organizer.token })).data!['fundraiser'];
    expect(forOrganizer.donations.edges[1].node.donor).toEqual({ id: followedAnonymous.id, handle: followedAnonymous.handle });
    await platform.send(contract('RefundDonation'), { id: publicGift }, { token: await signInAdmin(platform).then((a) => a.token) });
    await eventually(async () => expect((await page()).donorsYouFollow).toEqual([]));
    await give(viewer, 500);
    expect((await page()).viewerHasDonated).toBe(true);
  });
});
