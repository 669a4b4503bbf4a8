// Live totals over real WebSockets through the gateway, with the contract's subscription documents:
// the snapshot first, then changes in sequence order; conflation under a burst; every live donation
// once and in order, replayed from afterSequence; anonymity per viewer in one broadcast; the
// connection's token; two gateways on one bus.
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { connectRaw, liveClient, type LiveClient } from '../harness/live.ts';
import { sharedWith, startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, nonprofits, personalInput, sql } from '../fundraisers/helpers.ts';
import { issueToken } from '../../kit/tokens.ts';

let platform: TestPlatform;
let admin: TestAccount;
let organizer: TestAccount;
let donor: TestAccount;
let stranger: TestAccount;
let personal: string;
let nonprofit: string;
let forNonprofit: string;
let broadcast: string;
const clients: LiveClient[] = [];

const open = (token?: string, on: TestPlatform = platform) => {
  const client = liveClient(on.url, token);
  clients.push(client);
  return client;
};

/** Waits until the donations subgraph has heard of a fundraiser (and of a broadcast). */
const donationsSee = (table: 'fundraiser_fact' | 'broadcast_fact', column: string, id: string) => eventually(async () => {
  const rows = await sql(platform, `select 1 from donations.${table} where ${column} = $1`, [id]);
  if (rows.length === 0) throw new Error(`donations has not heard of ${id} yet`);
});

const give = async (fundraiserId: string, amount: number, as: TestAccount = donor, extra: Record<string, unknown> = {}) => {
  const result = await platform.send(contract('Donate'), {
    input: { fundraiserId, amount: { amount, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(), ...extra },
  }, { token: as.token });
  if (result.data?.['donate']?.donation?.status !== 'SUCCEEDED') throw new Error(`donate failed: ${JSON.stringify(result)}`);
  return result.data['donate'].donation as { id: string };
};
const giveLive = (amount: number, as: TestAccount = donor, extra: Record<string, unknown> = {}) =>
  give(forNonprofit, amount, as, { source: { type: 'LIVE', id: broadcast }, ...extra });

const totalsNow = async (id: string) =>
  (await platform.send('query($id: ID!) { fundraiser(id: $id) { totals { sequence raised { amount } donationCount } } }', { id })).data!['fundraiser'].totals;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { LIVE_TOTALS_INTERVAL_MS: '100' } });
  admin = await signInAdmin(platform);
  organizer = await signUp(platform, { country: 'US' });
  donor = await signUp(platform, { country: 'US' });
  stranger = await signUp(platform, { country: 'US' });
  personal = await createdId(platform, organizer, personalInput({ title: 'Bikes for the youth club' }));
  [nonprofit] = (await nonprofits(platform, admin, 1, 1)) as [string];
  forNonprofit = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: nonprofit, title: 'Shelter roof' }));
  const live = await platform.send(contract('StartLive'), { input: { title: 'Roof-a-thon', fundraiserId: forNonprofit } }, { token: organizer.token });
  broadcast = live.data!['startLive'].id;
  await donationsSee('fundraiser_fact', 'fundraiser_id', personal);
  await donationsSee('fundraiser_fact', 'fundraiser_id', forNonprofit);
  await donationsSee('broadcast_fact', 'broadcast_id', broadcast);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(() => platform.stop());

describe('FundraiserTotals', () => {
  it('sends the current totals first, then each change in sequence order', async () => {
    await give(personal, 1000);
    const before = await totalsNow(personal);
    const watch = open().subscribe(contract('FundraiserTotals'), { fundraiserId: personal });
    const [first] = await watch.until((m) => m.length >= 1);
    expect(first!['fundraiserTotalsUpdated']).toEqual({
      sequence: before.sequence,
      fundraiser: { id: personal, title: 'Bikes for the youth club', goal: { amount: 500_000, currency: 'USD' } },
      raised: { amount: 1000, currency: 'USD' }, pledged: { amount: 0, currency: 'USD' }, matched: { amount: 0, currency: 'USD' },
      donationCount: 1, donorCount: 1, progress: 1000 / 500_000,
    });
    await give(personal, 2500, stranger);
    const messages = await watch.until((m) => m.at(-1)?.['fundraiserTotalsUpdated'].raised.amount === 3500);
    const last = messages.at(-1)!['fundraiserTotalsUpdated'];
    expect(last).toMatchObject({ donationCount: 2, donorCount: 2, progress: 3500 / 500_000 });
    expect(last.sequence).toBeGreaterThan(before.sequence);
    expect(last.sequence).toBe((await totalsNow(personal)).sequence);
    expect(watch.errors).toEqual([]);
  });

  it('conflates a burst: fewer messages than changes, sequences rising, the last one exact', async () => {
    const target = await createdId(platform, organizer);
    await donationsSee('fundraiser_fact', 'fundraiser_id', target);
    const watch = open().subscribe(contract('FundraiserTotals'), { fundraiserId: target });
    await watch.until((m) => m.length >= 1);
    const givers = await Promise.all(Array.from({ length: 4 }, () => signUp(platform)));
    // 40 donations, 10 at a time.
    for (let round = 0; round < 4; round++) await Promise.all(givers.map((g, i) => Promise.all([give(target, 100 + i, g), give(target, 200, g), give(target, 300, g)]).then(() => give(target, 400, g))));
    const expected = 4 * ((100 + 101 + 102 + 103) / 4 + 200 + 300 + 400) * 4;
    const messages = await watch.until((m) => m.at(-1)?.['fundraiserTotalsUpdated'].raised.amount === expected);
    const sequences = messages.map((m) => m['fundraiserTotalsUpdated'].sequence as number);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(messages.length).toBeLessThan(1 + 64);
    expect(messages.at(-1)!['fundraiserTotalsUpdated']).toMatchObject({ donationCount: 64, donorCount: 4 });
    expect(messages.at(-1)!['fundraiserTotalsUpdated'].sequence).toBe((await totalsNow(target)).sequence);
  });

  it('serves the same document with other variables its own fundraiser, each subscriber its own totals', async () => {
    const [one, two] = await Promise.all([createdId(platform, organizer, personalInput({ title: 'One' })), createdId(platform, organizer, personalInput({ title: 'Two' }))]);
    await donationsSee('fundraiser_fact', 'fundraiser_id', one);
    await donationsSee('fundraiser_fact', 'fundraiser_id', two);
    const client = open();
    const watchOne = [client.subscribe(contract('FundraiserTotals'), { fundraiserId: one }), open().subscribe(contract('FundraiserTotals'), { fundraiserId: one })];
    const watchTwo = open().subscribe(contract('FundraiserTotals'), { fundraiserId: two });
    for (const watch of [...watchOne, watchTwo]) await watch.until((m) => m.length >= 1);
    await give(two, 700);
    await give(one, 300);
    for (const watch of watchOne) {
      const messages = await watch.until((m) => m.at(-1)?.['fundraiserTotalsUpdated'].raised.amount === 300);
      expect(messages.every((m) => m['fundraiserTotalsUpdated'].fundraiser.title === 'One')).toBe(true);
    }
    const messages = await watchTwo.until((m) => m.at(-1)?.['fundraiserTotalsUpdated'].raised.amount === 700);
    expect(messages.map((m) => m['fundraiserTotalsUpdated'].fundraiser.title)).toEqual(messages.map(() => 'Two'));
  });

  it('ends with NOT_FOUND for a fundraiser that does not exist', async () => {
    const watch = open().subscribe(contract('FundraiserTotals'), { fundraiserId: randomUUID() });
    await watch.ended();
    expect(watch.errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
  });
});

describe('the WebSocket connection', () => {
  it('accepts no token (public totals) and a valid one', async () => {
    expect(await connectRaw(platform.url, {})).toBe('acknowledged');
    expect(await connectRaw(platform.url, { authorization: `Bearer ${donor.token}` })).toBe('acknowledged');
  });

  it('closes with 4403 for a forged or malformed token and 4401 for an expired one', async () => {
    expect(await connectRaw(platform.url, { authorization: 'Bearer not-a-token' })).toMatchObject({ code: 4403 });
    expect(await connectRaw(platform.url, { authorization: donor.token })).toMatchObject({ code: 4403 });
    const expired = await issueToken({ kind: 'user', id: donor.id, roles: ['USER'], country: 'US', adult: true }, platform.runtime.secrets.jwt, 60, new Date(Date.now() - 3_600_000));
    expect(await connectRaw(platform.url, { authorization: `Bearer ${expired.token}` })).toMatchObject({ code: 4401 });
  });

  it('lives no longer than its token: closed with 4401 when the token expires', async () => {
    const shortLived = await issueToken({ kind: 'user', id: donor.id, roles: ['USER'], country: 'US', adult: true }, platform.runtime.secrets.jwt, 2);
    const closed = new Promise<number>((resolve) => {
      const client = liveClient(platform.url, shortLived.token);
      clients.push(client);
      client.client.on('closed', (event) => resolve((event as { code: number }).code));
      client.subscribe(contract('FundraiserTotals'), { fundraiserId: personal });
    });
    expect(await closed).toBe(4401);
  });

  it('refuses queries and mutations, and documents the schema does not validate', async () => {
    const client = open();
    const query = client.subscribe('query { fundraiser(id: "x") { id } }');
    await query.ended();
    expect(query.errors[0]!.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(query.errors[0]!.message).toMatch(/HTTP/);
    const invalid = client.subscribe('subscription { fundraiserTotalsUpdated(fundraiserId: "x") { nope } }');
    await invalid.ended();
    expect(invalid.errors[0]!.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a bad afterSequence or an empty id with BAD_USER_INPUT', async () => {
    const client = open();
    const negative = client.subscribe(contract('LiveDonations'), { broadcastId: broadcast, afterSequence: -1 });
    await negative.ended();
    expect(negative.errors.map((e) => [e.extensions?.['code'], e.message])).toEqual([['BAD_USER_INPUT', 'afterSequence is a whole number, 0 or more']]);
    const empty = client.subscribe(contract('FundraiserTotals'), { fundraiserId: '' });
    await empty.ended();
    expect(empty.errors.map((e) => [e.extensions?.['code'], e.message])).toEqual([['BAD_USER_INPUT', 'fundraiserId is required']]);
  });
});

describe('LiveDonations', () => {
  it('delivers every donation of the broadcast once, numbered, with the broadcast totals; an anonymous donor shows to the organizer, the donor and admins only', async () => {
    const [byStranger, byOrganizer, byDonor, byAdmin] = [open(stranger.token), open(organizer.token), open(donor.token), open(admin.token)]
      .map((c) => c.subscribe(contract('LiveDonations'), { broadcastId: broadcast }));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the subscriptions are in place
    await giveLive(1500, donor, { message: 'Fix that roof!' });
    await giveLive(700, donor, { anonymous: true });
    for (const watch of [byStranger!, byOrganizer!, byDonor!, byAdmin!]) await watch.until((m) => m.length >= 2);
    const named = { handle: donor.handle, displayName: expect.any(String) };
    const [first, second] = byStranger!.messages.map((m) => m['liveDonationReceived']);
    expect(first).toEqual({
      sequence: 1, donation: { id: expect.any(String), isAnonymous: false, message: 'Fix that roof!', amount: { amount: 1500, currency: 'USD' }, donor: named },
      totals: { raised: { amount: expect.any(Number), currency: 'USD' }, donationCount: expect.any(Number), donorCount: 1 },
    });
    expect(second).toMatchObject({ sequence: 2, donation: { isAnonymous: true, donor: null, amount: { amount: 700, currency: 'USD' } } });
    for (const watch of [byOrganizer!, byDonor!, byAdmin!]) {
      expect(watch.messages.map((m) => m['liveDonationReceived'].sequence)).toEqual([1, 2]);
      expect(watch.messages[1]!['liveDonationReceived'].donation).toMatchObject({ isAnonymous: true, donor: named });
    }
    expect(byStranger!.messages.at(-1)!['liveDonationReceived'].totals).toEqual({ raised: { amount: 2200, currency: 'USD' }, donationCount: 2, donorCount: 1 });
  });

  it('replays what a client missed after afterSequence, then goes on live', async () => {
    const before = (await sql<{ n: number }>(platform, 'select count(*)::int as n from donations.live_donation where broadcast_id = $1', [broadcast]))[0]!.n;
    await giveLive(101);
    await giveLive(102);
    await eventually(async () => {
      const [row] = await sql<{ n: number }>(platform, 'select count(*)::int as n from donations.live_donation where broadcast_id = $1', [broadcast]);
      if (row!.n < before + 2) throw new Error('not numbered yet');
    });
    const watch = open(stranger.token).subscribe(contract('LiveDonations'), { broadcastId: broadcast, afterSequence: before });
    await watch.until((m) => m.length >= 2);
    await giveLive(103);
    const messages = await watch.until((m) => m.length >= 3);
    expect(messages.map((m) => [m['liveDonationReceived'].sequence, m['liveDonationReceived'].donation.amount.amount])).toEqual([[before + 1, 101], [before + 2, 102], [before + 3, 103]]);
  });

  it('keeps every sequence once and in order through a burst of 500 donations', async () => {
    const [start] = await sql<{ n: number }>(platform, 'select coalesce(max(sequence), 0)::int as n from donations.live_donation where broadcast_id = $1', [broadcast]);
    const watch = open().subscribe(contract('LiveDonations'), { broadcastId: broadcast });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const givers = await Promise.all(Array.from({ length: 25 }, () => signUp(platform)));
    await Promise.all(givers.map(async (g) => {
      for (let i = 0; i < 20; i++) await giveLive(100 + i, g);
    }));
    const messages = await watch.until((m) => m.length >= 500, 60_000);
    const sequences = messages.map((m) => m['liveDonationReceived'].sequence);
    expect(sequences).toEqual(Array.from({ length: 500 }, (_, i) => start!.n + 1 + i));
    expect(new Set(messages.map((m) => m['liveDonationReceived'].donation.id)).size).toBe(500);
  }, 120_000);
});

describe('partner apps', () => {
  let clientId: string;
  let clientSecret: string;

  it('are created by admins only, with a name and scopes; the secret is shown once and kept hashed', async () => {
    const create = (input: Record<string, unknown>, as: TestAccount) => platform.send(contract('CreatePartnerApp'), { input }, { token: as.token });
    expect(codes(await create({ name: 'Overlay', scopes: ['TOTALS_READ'] }, organizer))).toEqual(['FORBIDDEN']);
    expect((await create({ name: ' ', scopes: ['TOTALS_READ'] }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await create({ name: 'Overlay', scopes: [] }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    expect(codes(await create({ name: 'Overlay', scopes: ['EVERYTHING'] }, admin))).toEqual(['BAD_USER_INPUT']);
    const created = (await create({ name: 'StreamBars overlay', scopes: ['TOTALS_READ'] }, admin)).data!['createPartnerApp'];
    expect(created).toEqual({ clientId: expect.stringMatching(/^pa_/), clientSecret: expect.stringMatching(/^pas_.{40,}/), name: 'StreamBars overlay', scopes: ['TOTALS_READ'] });
    ({ clientId, clientSecret } = created);
    const [row] = await sql<Record<string, string>>(platform, 'select * from users.partner_app where id = $1', [clientId]);
    expect(JSON.stringify(row)).not.toContain(clientSecret);
    expect(row!['secret_hash']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('trade their id and secret for a short-lived token; a wrong secret or id is refused alike', async () => {
    const wrong = await platform.send(contract('PartnerToken'), { clientId, clientSecret: `${clientSecret}x` });
    const unknown = await platform.send(contract('PartnerToken'), { clientId: 'pa_nobody', clientSecret });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    const issued = (await platform.send(contract('PartnerToken'), { clientId, clientSecret })).data!['issuePartnerToken'];
    expect(issued.scopes).toEqual(['TOTALS_READ']);
    const lifetime = Date.parse(issued.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(900_000);
  });

  it('read totals and subscribe to them, and are refused donors, private data and writes', async () => {
    const { token } = (await platform.send(contract('PartnerToken'), { clientId, clientSecret })).data!['issuePartnerToken'];
    const snapshot = await platform.send(contract('TotalsSnapshot'), { ids: [personal] }, { token });
    expect(snapshot.errors).toBeUndefined();
    expect(snapshot.data!['fundraisersByIds'][0]).toMatchObject({ id: personal, title: 'Bikes for the youth club', totals: { sequence: expect.any(Number) } });

    const partner = open(token);
    const fundraiserWatch = partner.subscribe(contract('PartnerFundraiserTotals'), { fundraiserId: personal });
    const nonprofitWatch = partner.subscribe(contract('PartnerNonprofitTotals'), { nonprofitId: nonprofit });
    const [firstTotals] = await fundraiserWatch.until((m) => m.length >= 1);
    const [firstNonprofit] = await nonprofitWatch.until((m) => m.length >= 1);
    const raisedBefore = firstTotals!['fundraiserTotalsUpdated'].raised.amount;
    const nonprofitBefore = firstNonprofit!['nonprofitTotalsUpdated'];
    expect(nonprofitBefore.nonprofit).toEqual({ id: nonprofit, name: 'Helping Paws Rescue 0' });
    const nonprofitRaised = nonprofitBefore.raised[0]?.amount ?? 0;
    await give(personal, 900);
    await give(forNonprofit, 1100);
    await fundraiserWatch.until((m) => m.at(-1)?.['fundraiserTotalsUpdated'].raised.amount === raisedBefore + 900);
    const nonprofitMessages = await nonprofitWatch.until((m) => m.at(-1)?.['nonprofitTotalsUpdated'].raised[0]?.amount === nonprofitRaised + 1100);
    expect(nonprofitMessages.at(-1)!['nonprofitTotalsUpdated']).toMatchObject({ raised: [{ amount: nonprofitRaised + 1100, currency: 'USD' }], donationCount: nonprofitBefore.donationCount + 1 });
    expect(nonprofitMessages.at(-1)!['nonprofitTotalsUpdated'].sequence).toBeGreaterThan(nonprofitBefore.sequence);

    const donations = partner.subscribe(contract('LiveDonations'), { broadcastId: broadcast });
    await donations.ended();
    expect(donations.errors.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
    expect(codes(await platform.send(contract('Donation'), { id: randomUUID() }, { token }))).toEqual(['FORBIDDEN']);
    const donate = await platform.send(contract('Donate'), { input: { fundraiserId: personal, amount: { amount: 500, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID() } }, { token });
    expect(codes(donate)).toEqual(['FORBIDDEN']);
    expect(codes(await platform.send(contract('CreatePartnerApp'), { input: { name: 'Mine', scopes: ['TOTALS_READ'] } }, { token }))).toEqual(['FORBIDDEN']);
    const me = await platform.send(contract('Me'), {}, { token });
    expect(me.data?.['me'] ?? null).toBeNull();
  });
});

describe('two gateways on one bus', () => {
  it('deliver each change to the subscribers of both, once', async () => {
    const env = Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
    const other = await startTestPlatform({ shared: sharedWith(platform), services: ['gateway'], env: { ...env, LIVE_TOTALS_INTERVAL_MS: '100' } });
    try {
      const here = open(stranger.token).subscribe(contract('LiveDonations'), { broadcastId: broadcast });
      const there = open(stranger.token, other).subscribe(contract('LiveDonations'), { broadcastId: broadcast });
      const totalsThere = open(undefined, other).subscribe(contract('FundraiserTotals'), { fundraiserId: forNonprofit });
      await totalsThere.until((m) => m.length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await giveLive(4242);
      await giveLive(4343);
      for (const watch of [here, there]) await watch.until((m) => m.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more comes
      for (const watch of [here, there]) {
        expect(watch.messages.map((m) => m['liveDonationReceived'].donation.amount.amount)).toEqual([4242, 4343]);
      }
      expect(here.messages.map((m) => m['liveDonationReceived'].sequence)).toEqual(there.messages.map((m) => m['liveDonationReceived'].sequence));
      const raised = (await totalsNow(forNonprofit)).raised.amount;
      await totalsThere.until((m) => m.at(-1)?.['fundraiserTotalsUpdated'].raised.amount === raised);
    } finally {
      await Promise.all(clients.splice(0).map((c) => c.close()));
      await other.stop();
    }
  });
});
