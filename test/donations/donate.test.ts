// Donate through the gateway against the built-in Stripe sandbox over HTTP: the contract's rules,
// the payment outcomes (succeeded, declined, authentication), idempotency, webhooks (signature,
// duplicates, order) and totals to the cent.
import { createHmac, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, nonprofits, outboxEvents, personalInput, sql } from '../fundraisers/helpers.ts';

let platform: TestPlatform;
let organizer: TestAccount;
let donor: TestAccount;
let fundraiser: string;

/** Waits until the donations subgraph has heard of a fundraiser's latest status. */
const donationsSee = (fundraiserId: string, status: string) => eventually(async () => {
  const [row] = await sql(platform, 'select status from donations.fundraiser_fact where fundraiser_id = $1', [fundraiserId]);
  if (row?.['status'] !== status) throw new Error(`donations does not see ${fundraiserId} ${status} yet`);
});

beforeAll(async () => {
  platform = await startTestPlatform();
  organizer = await signUp(platform);
  donor = await signUp(platform, { country: 'GB' });
  fundraiser = await createdId(platform, organizer, personalInput({ goal: { amount: 100_000, currency: 'USD' } }));
  await donationsSee(fundraiser, 'ACTIVE');
});
afterAll(() => platform.stop());

const give = (input: Record<string, unknown>, as: TestAccount = donor, clientPlatform = 'IOS') =>
  platform.send(contract('Donate'), { input: { fundraiserId: fundraiser, amount: { amount: 2500, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(), ...input } }, { token: as.token, platform: clientPlatform });
const totals = async (id = fundraiser) => (await platform.send('query($id: ID!) { fundraiser(id: $id) { totals { raised { amount currency } donationCount donorCount progress sequence } } }', { id })).data!['fundraiser'].totals;
const count = async () => (await sql<{ n: number }>(platform, 'select count(*)::int as n from donations.donation'))[0]!.n;

describe('Donate', () => {
  it('charges a card that succeeds: SUCCEEDED at once, counted once in the totals, with its fee', async () => {
    const before = await totals();
    const result = await give({ message: 'Go Sam!', source: { type: 'FUNDRAISER_PAGE' } });
    expect(result.errors).toBeUndefined();
    const { donation, clientSecret } = result.data!['donate'];
    expect(donation).toMatchObject({ status: 'SUCCEEDED', isAnonymous: false, message: 'Go Sam!', amount: { amount: 2500, currency: 'USD' }, matched: { amount: 0, currency: 'USD' }, fundraiser: { id: fundraiser } });
    expect(clientSecret).toBeNull();
    await platform.sandbox!.drained(); // the webhooks for it arrive too, and change nothing more
    const after = await totals();
    expect(after).toMatchObject({ raised: { amount: before.raised.amount + 2500, currency: 'USD' }, donationCount: before.donationCount + 1 });
    expect(after.sequence).toBeGreaterThan(before.sequence);
    const [row] = await sql(platform, 'select fee::int as fee, country, platform from donations.donation where id = $1', [donation.id]);
    expect(row).toEqual({ fee: Math.round(2500 * 0.029) + 30, country: 'GB', platform: 'IOS' });
    const succeeded = (await outboxEvents(platform, 'donations', 'DonationSucceeded')).filter((e) => e.payload['donationId'] === donation.id);
    expect(succeeded).toHaveLength(1);
  });

  it('answers PAYMENT_DECLINED for a declined card and counts nothing', async () => {
    const before = await totals();
    const result = await give({ paymentMethodId: 'pm_card_chargeDeclined' });
    expect(codes(result)).toEqual(['PAYMENT_DECLINED']);
    await platform.sandbox!.drained();
    expect(await totals()).toEqual(before);
    expect(await sql(platform, `select status, failure_code from donations.donation where payment_intent_id is not null and status = 'FAILED'`)).toEqual([{ status: 'FAILED', failure_code: 'card_declined' }]);
  });

  it('leaves a card that needs authentication REQUIRES_ACTION with a clientSecret; the webhook settles it once authenticated', async () => {
    const key = randomUUID();
    const result = await give({ paymentMethodId: 'pm_card_authenticationRequired', idempotencyKey: key });
    const { donation, clientSecret } = result.data!['donate'];
    expect(donation.status).toBe('REQUIRES_ACTION');
    expect(clientSecret).toMatch(/^pi_\w+_secret_/);
    // Asked again with the same key: the same donation and secret, no second payment.
    const again = await give({ paymentMethodId: 'pm_card_authenticationRequired', idempotencyKey: key });
    expect(again.data!['donate']).toEqual({ donation, clientSecret });
    const before = await totals();
    const intent = clientSecret.split('_secret_')[0];
    await fetch(`${platform.sandbox!.url}/sandbox/payment_intents/${intent}/authenticate`, { method: 'POST' });
    await eventually(async () => expect((await platform.send(contract('Donation'), { id: donation.id }, { token: donor.token })).data!['donation'].status).toBe('SUCCEEDED'));
    expect((await totals()).raised.amount).toBe(before.raised.amount + 2500);
  });

  it('answers the same donation for the same key, charging once; another donation under it is a CONFLICT', async () => {
    const key = randomUUID();
    const first = await give({ idempotencyKey: key });
    const before = await totals();
    const second = await give({ idempotencyKey: key });
    expect(second.data!['donate'].donation.id).toBe(first.data!['donate'].donation.id);
    expect(await totals()).toEqual(before);
    expect((await give({ idempotencyKey: key, amount: { amount: 9900, currency: 'USD' } })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  });

  it('answers calls sent at once with the same key with one donation, counted once', async () => {
    const key = randomUUID();
    const [before, rows] = [await totals(), await count()];
    // Several at once: most often one of them finds the key taken only when it writes (the unique key).
    const answers = await Promise.all(Array.from({ length: 8 }, () => give({ idempotencyKey: key })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.data!['donate'].donation.id)).size).toBe(1);
    await platform.sandbox!.drained();
    expect(await count()).toBe(rows + 1);
    expect(await totals()).toMatchObject({ raised: { amount: before.raised.amount + 2500 }, donationCount: before.donationCount + 1 });
  });

  it('shows an anonymous donor only to the donor, the organizer and admins', async () => {
    const { donation } = (await give({ anonymous: true })).data!['donate'];
    const seen = async (as?: TestAccount) => (await platform.send(contract('Donation'), { id: donation.id }, { token: as?.token })).data!['donation'];
    expect((await seen(donor)).donor).toEqual({ id: donor.id, handle: donor.handle });
    expect((await seen(organizer)).donor).toEqual({ id: donor.id, handle: donor.handle });
    expect((await seen(await signInAdmin(platform))).donor).toEqual({ id: donor.id, handle: donor.handle });
    expect((await seen(await signUp(platform))).donor).toBeNull();
    expect((await seen()).donor).toBeNull();
    expect((await seen()).isAnonymous).toBe(true);
  });

  it('takes donations only for an ACTIVE fundraiser (CONFLICT), from adults (FORBIDDEN), inside the rollout (FEATURE_UNAVAILABLE)', async () => {
    const ended = await createdId(platform, organizer);
    await platform.send(contract('EndFundraiser'), { id: ended }, { token: organizer.token });
    await donationsSee(ended, 'ENDED');
    const before = await count();
    expect((await give({ fundraiserId: ended })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'fundraiserId' });
    expect(codes(await give({}, await signUp(platform, { dateOfBirth: `${new Date().getUTCFullYear() - 17}-01-01` })))).toEqual(['FORBIDDEN']);
    expect(codes(await give({}, await signUp(platform, { country: 'DE' })))).toEqual(['FEATURE_UNAVAILABLE']);
    expect(codes(await platform.send(contract('Donate'), { input: { fundraiserId: fundraiser, amount: { amount: 2500, currency: 'USD' }, paymentMethodId: 'pm_card_visa', idempotencyKey: 'x' } }))).toEqual(['UNAUTHENTICATED']);
    expect(await count()).toBe(before);
  });

  it.each([
    ['amount.currency', { amount: { amount: 2500, currency: 'EUR' } }],
    ['amount.currency', { amount: { amount: 2500, currency: 'XYZ' } }],
    ['amount.amount', { amount: { amount: 99, currency: 'USD' } }],
    ['amount.amount', { amount: { amount: 1_000_001, currency: 'USD' } }],
    ['amount.amount', { amount: { amount: -100, currency: 'USD' } }],
    ['paymentMethodId', { paymentMethodId: 'card_123' }],
    ['message', { message: 'x'.repeat(501) }],
    ['idempotencyKey', { idempotencyKey: '' }],
    ['idempotencyKey', { idempotencyKey: 'k'.repeat(256) }],
    ['source.id', { source: { type: 'LIVE' } }],
    ['referrerId', { referrerId: 'someone' }],
    ['fundraiserId', { fundraiserId: 'nope' }],
  ])('answers BAD_USER_INPUT naming %s, writing and charging nothing', async (field, input) => {
    const before = await count();
    const result = await give(input);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });
  it('takes a LIVE donation only from a broadcast raising for that fundraiser (BAD_USER_INPUT naming source.id otherwise)', async () => {
    const other = await createdId(platform, organizer);
    await donationsSee(other, 'ACTIVE');
    const [ours, theirs] = [randomUUID(), randomUUID()];
    // The broadcasts as donations knows them (content's LiveStarted brings these rows).
    await sql(platform, 'insert into donations.broadcast_fact (broadcast_id, fundraiser_id) values ($1, $2), ($3, $4)', [ours, fundraiser, theirs, other]);
    const before = await count();
    for (const id of [theirs, randomUUID()]) {
      const result = await give({ source: { type: 'LIVE', id } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source.id' });
    }
    expect(await count()).toBe(before);
    const given = await give({ source: { type: 'LIVE', id: ours } });
    expect(given.data!['donate'].donation.status).toBe('SUCCEEDED');
  });
  it("keeps taking donations and webhooks after another instance's migration adds a column to donations", async () => {
    // The donations service's hot statements are prepared once per connection; one answering `*`
    // would now fail with "cached plan must not change result type" until the process restarts.
    // Ten at once, before and after: the statements are prepared on most of the pool's connections.
    const tenAtOnce = async () => (await Promise.all(Array.from({ length: 10 }, () => give({})))).map((r) => r.data?.['donate']?.donation.status ?? r.errors);
    expect(await tenAtOnce()).toEqual(Array(10).fill('SUCCEEDED'));
    await platform.sandbox!.drained();
    await sql(platform, 'alter table donations.donation add column "later" text');
    try {
      const before = await totals();
      expect(await tenAtOnce()).toEqual(Array(10).fill('SUCCEEDED'));
      await platform.sandbox!.drained();
      expect((await totals()).raised.amount).toBe(before.raised.amount + 10 * 2500);
      const fees = await sql(platform, 'select count(*)::int as n from donations.donation where fee is null and status = $1', ['SUCCEEDED']);
      expect(fees).toEqual([{ n: 0 }]);
    } finally {
      await sql(platform, 'alter table donations.donation drop column "later"');
    }
  });
});

describe('the webhook route', () => {
  it('refuses a body whose signature does not match, before reading it: 400, no effect', async () => {
    const forged = JSON.stringify({ id: 'evt_forged', type: 'charge.refunded', data: { object: {} } });
    const response = await fetch(platform.url.replace('/graphql', '/webhooks/stripe'), { method: 'POST', body: forged, headers: { 'stripe-signature': 't=1,v1=00' } });
    expect(response.status).toBe(400);
    expect(await sql(platform, `select id from donations.stripe_event where id = 'evt_forged'`)).toEqual([]);
  });

  it('keeps totals exact when every webhook arrives one to three times, late, shuffled, some forged first', async () => {
    const target = await createdId(platform, organizer, personalInput({ goal: { amount: 50_000, currency: 'USD' } }));
    await donationsSee(target, 'ACTIVE');
    platform.sandbox!.setChaos({ maxCopies: 3, maxDelayMs: 100, badSignatureShare: 0.3 });
    try {
      const donors = await Promise.all(Array.from({ length: 5 }, () => signUp(platform, { country: 'US' })));
      const results = await Promise.all(donors.flatMap((d, i) => [1, 2].map((k) => give({ fundraiserId: target, amount: { amount: 1000 * (i + 1) + k, currency: 'USD' } }, d))));
      expect(results.every((r) => r.data?.['donate'].donation.status === 'SUCCEEDED')).toBe(true);
      await platform.sandbox!.drained();
      const expected = donors.reduce((sum, _, i) => sum + 2 * 1000 * (i + 1) + 3, 0);
      expect(await totals(target)).toMatchObject({ raised: { amount: expected, currency: 'USD' }, donationCount: 10, donorCount: 5, progress: expected / 50_000 });
      const [ledger] = await sql<{ total: number }>(platform, `select sum(amount)::int as total from donations.ledger_entry where fundraiser_id = $1`, [target]);
      expect(ledger!.total).toBe(expected);
    } finally {
      platform.sandbox!.setChaos(undefined);
    }
  });
});

describe('totals in the contract documents', () => {
  it('answers TotalsSnapshot and FundraisersOfNonprofit', async () => {
    const admin = await signInAdmin(platform);
    const [nonprofit] = await nonprofits(platform, admin, 1, 1);
    const forNonprofit = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: nonprofit }));
    await donationsSee(forNonprofit, 'ACTIVE');
    await give({ fundraiserId: forNonprofit, amount: { amount: 4200, currency: 'USD' } });
    const snapshot = await platform.send(contract('TotalsSnapshot'), { ids: [forNonprofit] });
    expect(snapshot.data!['fundraisersByIds']).toEqual([expect.objectContaining({
      id: forNonprofit, status: 'ACTIVE', goal: { amount: 500_000, currency: 'USD' },
      totals: expect.objectContaining({ raised: { amount: 4200, currency: 'USD' }, donationCount: 1, donorCount: 1, progress: 4200 / 500_000, sequence: expect.any(Number) }),
    })]);
    const listed = await platform.send(contract('FundraisersOfNonprofit'), { nonprofitId: nonprofit, first: 5 });
    expect(listed.data!['nonprofit'].fundraisers.edges).toEqual([{ node: { id: forNonprofit, title: 'New wheelchair for Sam', status: 'ACTIVE', totals: { raised: { amount: 4200, currency: 'USD' } } } }]);
  });
});

describe('RefundDonation', () => {
  const refund = (id: string, as: TestAccount, reason?: string) => platform.send(contract('RefundDonation'), { id, reason }, { token: as.token });

  it('lets the organizer of a personal fundraiser refund a succeeded donation: REFUNDED, out of the totals, the reason kept', async () => {
    const target = await createdId(platform, organizer);
    await donationsSee(target, 'ACTIVE');
    const giver = await signUp(platform);
    const { donation } = (await give({ fundraiserId: target, amount: { amount: 3000, currency: 'USD' } }, giver)).data!['donate'];
    expect(await totals(target)).toMatchObject({ raised: { amount: 3000 }, donationCount: 1, donorCount: 1 });
    expect(codes(await refund(donation.id, giver))).toEqual(['FORBIDDEN']);
    expect((await refund(donation.id, organizer, 'x'.repeat(501))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(codes(await refund('no-such-donation', organizer))).toEqual(['NOT_FOUND']);
    expect(await totals(target)).toMatchObject({ raised: { amount: 3000 }, donationCount: 1 });
    const result = await refund(donation.id, organizer, 'Duplicate gift, asked by the donor');
    expect(result.data!['refundDonation']).toEqual({ id: donation.id, status: 'REFUNDED' });
    await platform.sandbox!.drained(); // charge.refunded arrives too: nothing more changes
    expect(await totals(target)).toMatchObject({ raised: { amount: 0 }, donationCount: 0, donorCount: 0 });
    expect(codes(await refund(donation.id, organizer))).toEqual(['CONFLICT']);
    expect(await sql(platform, 'select refund_reason, refunded_by from donations.donation where id = $1', [donation.id])).toEqual([{ refund_reason: 'Duplicate gift, asked by the donor', refunded_by: organizer.id }]);
    expect(await sql(platform, 'select kind, amount::int from donations.ledger_entry where donation_id = $1 order by id', [donation.id])).toEqual([{ kind: 'SUCCEEDED', amount: 3000 }, { kind: 'REFUNDED', amount: -3000 }]);
    expect((await outboxEvents(platform, 'donations', 'DonationRefunded')).filter((e) => e.payload['donationId'] === donation.id)).toHaveLength(1);
  });

  it('takes a refund Stripe reports on its own (the webhook) out of the totals too', async () => {
    const target = await createdId(platform, organizer);
    await donationsSee(target, 'ACTIVE');
    const { donation } = (await give({ fundraiserId: target })).data!['donate'];
    const [row] = await sql<{ payment_intent_id: string }>(platform, 'select payment_intent_id from donations.donation where id = $1', [donation.id]);
    await fetch(`${platform.sandbox!.url}/v1/refunds`, { method: 'POST', headers: { authorization: `Bearer ${platform.runtime.stripe.secretKey}` }, body: new URLSearchParams({ payment_intent: row!.payment_intent_id }) });
    await platform.sandbox!.drained();
    await eventually(async () => expect(await totals(target)).toMatchObject({ raised: { amount: 0 }, donationCount: 0 }));
  });

  it('is for admins alone on a nonprofit fundraiser', async () => {
    const admin = await signInAdmin(platform);
    const [nonprofit] = await nonprofits(platform, admin, 1, 1, 1);
    const target = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: nonprofit }));
    await donationsSee(target, 'ACTIVE');
    const { donation } = (await give({ fundraiserId: target })).data!['donate'];
    expect(codes(await refund(donation.id, organizer))).toEqual(['FORBIDDEN']);
    expect(codes(await refund(donation.id, admin))).toEqual([]);
  });
});

describe('reading donations', () => {
  it('lists a person\'s donations to themselves only (MyDonations), and a fundraiser\'s with whether the viewer gave', async () => {
    const giver = await signUp(platform);
    const target = await createdId(platform, organizer);
    await donationsSee(target, 'ACTIVE');
    const ids = [];
    for (const amount of [1100, 2200]) ids.push((await give({ fundraiserId: target, amount: { amount, currency: 'USD' }, anonymous: amount === 2200 }, giver)).data!['donate'].donation.id);
    const mine = await platform.send(contract('MyDonations'), { first: 10 }, { token: giver.token });
    expect(mine.data!['me'].donations.edges.map((e: { node: { id: string; fundraiser: { id: string } } }) => e.node.id)).toEqual([...ids].reverse());
    const theirs = await platform.send('query($h: String!) { userByHandle(handle: $h) { donations(first: 5) { edges { node { id } } } } }', { h: giver.handle }, { token: donor.token });
    expect(codes(theirs)).toEqual(['FORBIDDEN']);
    const page = (as?: TestAccount) => platform.send('query($id: ID!) { fundraiser(id: $id) { viewerHasDonated donations(first: 5) { edges { node { id donor { handle } } } } } }', { id: target }, { token: as?.token });
    const stranger = (await page(await signUp(platform))).data!['fundraiser'];
    expect(stranger.viewerHasDonated).toBe(false);
    expect(stranger.donations.edges).toEqual([{ node: { id: ids[1], donor: null } }, { node: { id: ids[0], donor: { handle: giver.handle } } }]);
    expect((await page(giver)).data!['fundraiser'].viewerHasDonated).toBe(true);
  });
});

describe('disputes', () => {
  it('keep a disputed donation counted while open or won, and take a lost one out once', async () => {
    const target = await createdId(platform, organizer);
    await donationsSee(target, 'ACTIVE');
    const giver = await signUp(platform);
    const won = (await give({ fundraiserId: target, amount: { amount: 1500, currency: 'USD' } }, giver)).data!['donate'].donation.id;
    const lost = (await give({ fundraiserId: target, amount: { amount: 2500, currency: 'USD' } }, giver)).data!['donate'].donation.id;
    const chargeOf = async (id: string) => {
      const [row] = await sql<{ payment_intent_id: string }>(platform, 'select payment_intent_id from donations.donation where id = $1', [id]);
      const stripeUrl = `${platform.sandbox!.url}/v1/payment_intents/${row!.payment_intent_id}`;
      return ((await (await fetch(stripeUrl, { headers: { authorization: `Bearer ${platform.runtime.stripe.secretKey}` } })).json()) as { latest_charge: string }).latest_charge;
    };
    const dispute = async (id: string, outcome: 'won' | 'lost') => {
      const opened = await (await fetch(`${platform.sandbox!.url}/sandbox/disputes`, { method: 'POST', body: new URLSearchParams({ charge: await chargeOf(id) }) })).json() as { id: string };
      await platform.sandbox!.drained();
      const status = (await platform.send(contract('Donation'), { id }, { token: giver.token })).data!['donation'].status;
      await fetch(`${platform.sandbox!.url}/sandbox/disputes/${opened.id}/close`, { method: 'POST', body: new URLSearchParams({ status: outcome }) });
      await platform.sandbox!.drained();
      return status;
    };
    expect(await dispute(won, 'won')).toBe('DISPUTED');
    expect(await totals(target)).toMatchObject({ raised: { amount: 4000 }, donationCount: 2, donorCount: 1 });
    expect(await dispute(lost, 'lost')).toBe('DISPUTED');
    await eventually(async () => expect(await totals(target)).toMatchObject({ raised: { amount: 1500 }, donationCount: 1, donorCount: 1 }));
    const statuses = await sql(platform, 'select id, status, dispute_lost from donations.donation where id = any($1::uuid[]) order by amount', [[won, lost]]);
    expect(statuses).toEqual([{ id: won, status: 'SUCCEEDED', dispute_lost: false }, { id: lost, status: 'DISPUTED', dispute_lost: true }]);
  });

  it('keep a dispute open when the payment\'s success is reported late: only the dispute\'s closing ends it', async () => {
    const giver = await signUp(platform);
    const id = (await give({ amount: { amount: 1700, currency: 'USD' } }, giver)).data!['donate'].donation.id;
    const [row] = await sql<{ payment_intent_id: string }>(platform, 'select payment_intent_id from donations.donation where id = $1', [id]);
    const intent = await (await fetch(`${platform.sandbox!.url}/v1/payment_intents/${row!.payment_intent_id}`, { headers: { authorization: `Bearer ${platform.runtime.stripe.secretKey}` } })).json() as Record<string, unknown>;
    await fetch(`${platform.sandbox!.url}/sandbox/disputes`, { method: 'POST', body: new URLSearchParams({ charge: String(intent['latest_charge']) }) });
    await platform.sandbox!.drained();
    const before = await totals();
    // A first delivery of payment_intent.succeeded, held up until after the dispute was opened.
    const payload = JSON.stringify({ id: `evt_late_${randomUUID()}`, object: 'event', type: 'payment_intent.succeeded', created: Math.floor(Date.now() / 1000), data: { object: intent } });
    const at = Math.floor(Date.now() / 1000);
    const signature = `t=${at},v1=${createHmac('sha256', platform.runtime.stripe.webhookSecret).update(`${at}.${payload}`).digest('hex')}`;
    const response = await fetch(platform.url.replace('/graphql', '/webhooks/stripe'), { method: 'POST', body: payload, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
    expect(response.status).toBe(200);
    expect((await platform.send(contract('Donation'), { id }, { token: giver.token })).data!['donation'].status).toBe('DISPUTED');
    expect(await totals()).toEqual(before);
  });
});

describe('npm run ledger:check', () => {
  const run = () => new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['subgraphs/donations/modules/totals/ledger-check.cli.ts'], {
      cwd: join(import.meta.dirname, '../..'), env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: platform.databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('exit', (code) => resolve({ code, out }));
  });

  it('finds every total equal to the ledger and the donations after all the above, and reports a total that is not', async () => {
    await platform.sandbox!.drained();
    const clean = await run();
    expect(clean.out).toMatch(/ledger:check: \d+ fundraisers, 0 differences/);
    expect(clean.code).toBe(0);
    await sql(platform, `update donations.totals_shard set raised = raised + 1 where fundraiser_id = $1 and shard = (select min(shard) from donations.totals_shard where fundraiser_id = $1)`, [fundraiser]);
    try {
      const tampered = await run();
      expect(tampered.code).toBe(1);
      expect(tampered.out).toContain(`fundraiser ${fundraiser}: raised served`);
    } finally {
      await sql(platform, `update donations.totals_shard set raised = raised - 1 where fundraiser_id = $1 and shard = (select min(shard) from donations.totals_shard where fundraiser_id = $1)`, [fundraiser]);
    }
  });
});
