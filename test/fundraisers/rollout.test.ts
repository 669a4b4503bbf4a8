// The staged rollout: the contract's defaults, availability by country and platform, an admin's
// change taking effect at once on every instance, and who may see or change it.
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, sharedWith, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createFundraiser, outboxEvents } from './helpers.ts';

let platform: TestPlatform;
let admin: TestAccount;
let american: TestAccount;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await signInAdmin(platform);
  american = await signUp(platform, { country: 'US' });
});
afterAll(() => platform.stop());

const availability = (as: TestAccount | null, clientPlatform?: string, on: TestPlatform = platform) =>
  on.send(contract('FundraisingAvailability'), {}, { token: as?.token, platform: clientPlatform });
const setRollout = (input: Record<string, unknown>, as: TestAccount = admin) => platform.send(contract('SetRollout'), { input }, { token: as.token });

describe('the contract\'s defaults', () => {
  it('lists every feature where it is open', async () => {
    const result = await platform.send(contract('Rollouts'), {}, { token: admin.token });
    expect(result.data!['fundraisingRollouts']).toEqual([
      { feature: 'PERSONAL_FUNDRAISERS', countries: ['GB', 'IE', 'US'], platforms: ['ANDROID'] },
      { feature: 'NONPROFIT_FUNDRAISERS', countries: ['FR', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS', 'WEB'] },
      { feature: 'DONATIONS', countries: ['FR', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS', 'WEB'] },
      { feature: 'LIVE_FUNDRAISERS', countries: ['FR', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS', 'WEB'] },
    ]);
  });

  it.each([
    ['US', 'ANDROID', { canCreatePersonalFundraiser: true, canCreateNonprofitFundraiser: true, canDonate: true, canGoLiveWithFundraiser: true, reason: null }],
    ['IE', 'IOS', { canCreatePersonalFundraiser: false, canCreateNonprofitFundraiser: true, canDonate: true, canGoLiveWithFundraiser: true }],
    ['GB', undefined, { canCreatePersonalFundraiser: false, canCreateNonprofitFundraiser: true, canDonate: true, canGoLiveWithFundraiser: true }],
    ['FR', 'ANDROID', { canCreatePersonalFundraiser: false, canCreateNonprofitFundraiser: true, canDonate: true, canGoLiveWithFundraiser: true }],
    ['DE', 'ANDROID', { canCreatePersonalFundraiser: false, canCreateNonprofitFundraiser: false, canDonate: false, canGoLiveWithFundraiser: false }],
  ])('answers for a viewer in %s on %s (absent means WEB)', async (country, clientPlatform, expected) => {
    const person = await signUp(platform, { country });
    const result = (await availability(person, clientPlatform)).data!['fundraisingAvailability'];
    expect(result).toMatchObject(expected);
    if ((expected as { reason?: null }).reason !== null) expect(result.reason).toContain(country);
  });

  it('answers no with a reason to a stranger and to a minor', async () => {
    expect((await availability(null, 'ANDROID')).data!['fundraisingAvailability']).toEqual({
      canCreatePersonalFundraiser: false, canCreateNonprofitFundraiser: false, canDonate: false, canGoLiveWithFundraiser: false, reason: expect.stringContaining('Sign in'),
    });
    const minor = await signUp(platform, { dateOfBirth: `${new Date().getUTCFullYear() - 16}-06-01` });
    expect((await availability(minor, 'ANDROID')).data!['fundraisingAvailability']).toMatchObject({ canCreatePersonalFundraiser: false, canDonate: false, reason: expect.stringContaining('18') });
  });
});

describe('SetRollout', () => {
  it('takes effect at once, on every instance of the fundraisers subgraph', async () => {
    const other = await startTestPlatform({ shared: sharedWith(platform), services: ['gateway', 'fundraisers'] });
    try {
      expect((await availability(american, 'IOS', other)).data!['fundraisingAvailability'].canCreatePersonalFundraiser).toBe(false);
      const set = await setRollout({ feature: 'PERSONAL_FUNDRAISERS', countries: ['us', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS'] });
      expect(set.data!['setFundraisingRollout']).toEqual({ feature: 'PERSONAL_FUNDRAISERS', countries: ['GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS'] });
      expect((await availability(american, 'IOS', other)).data!['fundraisingAvailability'].canCreatePersonalFundraiser).toBe(true);
      expect(codes(await createFundraiser(platform, american, undefined, 'IOS'))).toEqual([]);
      const [event] = (await outboxEvents(platform, 'fundraisers', 'FundraisingRolloutChanged')).slice(-1);
      expect(event!.payload).toMatchObject({ feature: 'PERSONAL_FUNDRAISERS', platforms: ['ANDROID', 'IOS'], changedBy: admin.id });
    } finally {
      await other.stop();
      await setRollout({ feature: 'PERSONAL_FUNDRAISERS', countries: ['US', 'GB', 'IE'], platforms: ['ANDROID'] });
    }
  });

  it('closes a feature: nobody can create there any more', async () => {
    await setRollout({ feature: 'NONPROFIT_FUNDRAISERS', countries: [], platforms: ['ANDROID', 'IOS', 'WEB'] });
    try {
      expect((await availability(american, 'WEB')).data!['fundraisingAvailability'].canCreateNonprofitFundraiser).toBe(false);
    } finally {
      await setRollout({ feature: 'NONPROFIT_FUNDRAISERS', countries: ['US', 'GB', 'IE', 'FR'], platforms: ['ANDROID', 'IOS', 'WEB'] });
    }
  });

  it('is for admins only, as is reading the rollouts', async () => {
    expect(codes(await setRollout({ feature: 'DONATIONS', countries: ['DE'], platforms: ['WEB'] }, american))).toEqual(['FORBIDDEN']);
    expect(codes(await platform.send(contract('Rollouts'), {}, { token: american.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await platform.send(contract('Rollouts'), {}))).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['countries', { feature: 'DONATIONS', countries: ['ZZ'], platforms: ['WEB'] }],
    ['countries', { feature: 'DONATIONS', countries: ['USA'], platforms: ['WEB'] }],
    ['platforms', { feature: 'DONATIONS', countries: ['US'], platforms: ['WINDOWS'] }],
    ['feature', { feature: 'EVERYTHING', countries: ['US'], platforms: ['WEB'] }],
  ])('answers BAD_USER_INPUT naming %s, changing nothing', async (field, input) => {
    const before = (await platform.send(contract('Rollouts'), {}, { token: admin.token })).data;
    const result = await setRollout(input);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await platform.send(contract('Rollouts'), {}, { token: admin.token })).data).toEqual(before);
  });
});
