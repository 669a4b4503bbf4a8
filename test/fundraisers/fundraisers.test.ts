// Fundraisers through the gateway with the contract's documents: creation and its every input
// rule, who may change what, extensions, ending, updates, lists, and nonprofit beneficiaries.
import { contract } from '../harness/contract.ts';
import { jest } from '@jest/globals';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createFundraiser, createdId, nonprofits, outboxEvents, personalInput, sql } from './helpers.ts';

let platform: TestPlatform;
let admin: TestAccount;
let organizer: TestAccount;
let stranger: TestAccount;
let verified: string;
let another: string;
let unverified: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await signInAdmin(platform);
  organizer = await signUp(platform, { country: 'US' });
  stranger = await signUp(platform, { country: 'GB' });
  [verified, another, unverified] = (await nonprofits(platform, admin, 3, 2)) as [string, string, string];
});
afterAll(() => platform.stop());

const count = async () => (await sql<{ n: number }>(platform, 'select count(*)::int as n from fundraisers.fundraiser'))[0]!.n;
const DAY = 24 * 60 * 60 * 1000;

describe('CreateFundraiser', () => {
  it('starts an ACTIVE personal fundraiser with the contract fields, and tells the other subgraphs', async () => {
    const before = Date.now();
    const result = await createFundraiser(platform, organizer, personalInput({ title: '  New   wheelchair for Sam ', durationDays: 10 }));
    expect(result.errors).toBeUndefined();
    const fundraiser = result.data!['createFundraiser'];
    expect(fundraiser).toMatchObject({
      title: 'New wheelchair for Sam', kind: 'PERSONAL_CAUSE', category: 'MEDICAL', status: 'ACTIVE', fundingModel: 'KEEP_IT_ALL',
      goal: { amount: 500_000, currency: 'USD' }, organizer: { id: organizer.id, handle: organizer.handle }, beneficiary: null,
    });
    const endsAt = Date.parse(fundraiser.endsAt);
    expect(endsAt).toBeGreaterThanOrEqual(before + 10 * DAY - 1000);
    expect(endsAt).toBeLessThanOrEqual(Date.now() + 10 * DAY + 1000);
    const [event] = (await outboxEvents(platform, 'fundraisers', 'FundraiserCreated')).filter((e) => e.payload['fundraiserId'] === fundraiser.id);
    expect(event!.payload).toMatchObject({ organizerId: organizer.id, kind: 'PERSONAL_CAUSE', goal: { amount: 500_000, currency: 'USD' }, status: 'ACTIVE' });
  });

  it('lasts 30 days and keeps it all unless told otherwise; ALL_OR_NOTHING when asked', async () => {
    const plain = (await createFundraiser(platform, organizer)).data!['createFundraiser'];
    expect(Date.parse(plain.endsAt) - Date.now()).toBeGreaterThan(30 * DAY - 60_000);
    expect(plain.fundingModel).toBe('KEEP_IT_ALL');
    const aon = (await createFundraiser(platform, organizer, personalInput({ fundingModel: 'ALL_OR_NOTHING', kind: 'BUSINESS_PROJECT', category: 'BUSINESS' }))).data!['createFundraiser'];
    expect(aon).toMatchObject({ fundingModel: 'ALL_OR_NOTHING', kind: 'BUSINESS_PROJECT' });
  });

  it('raises for a VERIFIED nonprofit, resolved by the nonprofits subgraph', async () => {
    const result = await createFundraiser(platform, organizer, personalInput({ kind: 'NONPROFIT', category: 'ANIMALS', beneficiaryId: verified }), 'IOS');
    expect(result.errors).toBeUndefined();
    expect(result.data!['createFundraiser'].beneficiary).toEqual({ id: verified, name: 'Helping Paws Rescue 0', verificationStatus: 'VERIFIED' });
  });

  it('refuses a beneficiary that is not verified: CONFLICT naming beneficiaryId, nothing written', async () => {
    const before = await count();
    for (const beneficiaryId of [unverified, '7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11']) {
      const result = await createFundraiser(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId }));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'beneficiaryId' });
    }
    expect(await count()).toBe(before);
  });

  it('is for adults only: FORBIDDEN under 18', async () => {
    const minor = await signUp(platform, { dateOfBirth: `${new Date().getUTCFullYear() - 15}-01-01` });
    const before = await count();
    expect(codes(await createFundraiser(platform, minor))).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(before);
  });

  it('needs a signed-in person', async () => {
    const result = await platform.send(contract('CreateFundraiser'), { input: personalInput() }, { platform: 'ANDROID' });
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('is refused outside the rollout with FEATURE_UNAVAILABLE, nothing written', async () => {
    const french = await signUp(platform, { country: 'FR' });
    const before = await count();
    expect(codes(await createFundraiser(platform, organizer, personalInput(), 'IOS'))).toEqual(['FEATURE_UNAVAILABLE']);
    expect(codes(await createFundraiser(platform, organizer, personalInput(), 'WEB'))).toEqual(['FEATURE_UNAVAILABLE']);
    expect(codes(await createFundraiser(platform, french, personalInput(), 'ANDROID'))).toEqual(['FEATURE_UNAVAILABLE']);
    expect(await count()).toBe(before);
    // Nonprofit fundraisers are open in France on every platform.
    expect(codes(await createFundraiser(platform, french, personalInput({ kind: 'NONPROFIT', beneficiaryId: verified, goal: { amount: 10_000, currency: 'EUR' } }), 'WEB'))).toEqual([]);
  });

  it.each([
    ['title', { title: '' }],
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(10_000) }],
    ['description', { description: 'x'.repeat(10_001) }],
    ['goal.amount', { goal: { amount: -500, currency: 'USD' } }],
    ['goal.amount', { goal: { amount: 0, currency: 'USD' } }],
    ['goal.amount', { goal: { amount: 999, currency: 'USD' } }],
    ['goal.amount', { goal: { amount: 2_000_000_000, currency: 'JPY' } }],
    ['goal.currency', { goal: { amount: 10_000, currency: 'XYZ' } }],
    ['goal.currency', { goal: { amount: 10_000, currency: 'CHF' } }],
    ['durationDays', { durationDays: 0 }],
    ['durationDays', { durationDays: 31 }],
    ['beneficiaryId', { beneficiaryId: '7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11' }],
    ['beneficiaryId', { kind: 'NONPROFIT' }],
    ['beneficiaryId', { kind: 'NONPROFIT', beneficiaryId: 'not-an-id' }],
    ['kind', { kind: 'CHARITY' }],
    ['goal.amount', { goal: { amount: 12.5, currency: 'USD' } }],
  ])('answers BAD_USER_INPUT naming %s, and writes nothing', async (field, overrides) => {
    const before = await count();
    const result = await createFundraiser(platform, organizer, personalInput(overrides));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });
});

describe('UpdateFundraiser, ExtendFundraiser, EndFundraiser, PostFundraiserUpdate', () => {
  const update = (id: string, input: Record<string, unknown>, as: TestAccount) => platform.send(contract('UpdateFundraiser'), { id, input }, { token: as.token });
  const extend = (id: string, days: number, as: TestAccount = organizer) => platform.send(contract('ExtendFundraiser'), { id, days }, { token: as.token });
  const end = (id: string, as: TestAccount = organizer) => platform.send(contract('EndFundraiser'), { id }, { token: as.token });
  const post = (id: string, text: string, as: TestAccount = organizer) => platform.send(contract('PostFundraiserUpdate'), { id, text }, { token: as.token });

  it('lets the organizer edit the title, description and goal, never the currency', async () => {
    const id = await createdId(platform, organizer);
    const result = await update(id, { title: 'Lighter chair for Sam', goal: { amount: 600_000, currency: 'USD' } }, organizer);
    expect(result.data!['updateFundraiser']).toMatchObject({ id, title: 'Lighter chair for Sam', goal: { amount: 600_000, currency: 'USD' } });
    const currency = await update(id, { goal: { amount: 600_000, currency: 'EUR' } }, organizer);
    expect(currency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goal.currency' });
    expect((await update(id, { title: '' }, organizer)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const [row] = await sql(platform, 'select title, goal_amount::int as goal, currency from fundraisers.fundraiser where id = $1', [id]);
    expect(row).toEqual({ title: 'Lighter chair for Sam', goal: 600_000, currency: 'USD' });
  });

  it('lets only the organizer or an admin change a fundraiser: FORBIDDEN for anyone else, NOT_FOUND for no fundraiser', async () => {
    const id = await createdId(platform, organizer);
    expect(codes(await update(id, { title: 'Mine now' }, stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await extend(id, 5, stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await end(id, stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await post(id, 'Hello', stranger))).toEqual(['FORBIDDEN']);
    expect((await sql(platform, 'select title, status from fundraisers.fundraiser where id = $1', [id]))[0]).toEqual({ title: 'New wheelchair for Sam', status: 'ACTIVE' });
    expect(codes(await update(id, { title: 'Moderated title' }, admin))).toEqual([]);
    expect(codes(await update('7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11', { title: 'x' }, organizer))).toEqual(['NOT_FOUND']);
    expect(codes(await update('nope', { title: 'x' }, organizer))).toEqual(['NOT_FOUND']);
  });

  it('extends by 1–30 days, never past 90 days after creation', async () => {
    const id = await createdId(platform, organizer, personalInput({ durationDays: 30 }));
    const created = Date.parse((await sql<{ created_at: Date }>(platform, 'select created_at from fundraisers.fundraiser where id = $1', [id]))[0]!.created_at.toISOString());
    const first = await extend(id, 30);
    expect(Date.parse(first.data!['extendFundraiser'].endsAt)).toBe(created + 60 * DAY);
    expect((await extend(id, 0)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    expect((await extend(id, 31)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(codes(await extend(id, 30))).toEqual([]);
    const past = await extend(id, 1);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(past.errors?.[0]?.message).toContain('90 days');
    const [row] = await sql<{ ends_at: Date }>(platform, 'select ends_at from fundraisers.fundraiser where id = $1', [id]);
    expect(row!.ends_at.getTime()).toBe(created + 90 * DAY);
  });

  it('ends an ACTIVE fundraiser once: ENDED, then CONFLICT for ending, extending or a new goal', async () => {
    const id = await createdId(platform, organizer);
    expect((await end(id)).data!['endFundraiser']).toEqual({ id, status: 'ENDED' });
    expect(codes(await end(id))).toEqual(['CONFLICT']);
    expect(codes(await extend(id, 3))).toEqual(['CONFLICT']);
    expect(codes(await update(id, { goal: { amount: 900_000, currency: 'USD' } }, organizer))).toEqual(['CONFLICT']);
    const changes = (await outboxEvents(platform, 'fundraisers', 'FundraiserStatusChanged')).filter((e) => e.payload['fundraiserId'] === id);
    expect(changes.map((e) => e.payload)).toEqual([expect.objectContaining({ status: 'ENDED', previousStatus: 'ACTIVE', reason: 'ENDED_BY_ORGANIZER' })]);
  });

  it('posts updates, listed newest first', async () => {
    const id = await createdId(platform, organizer);
    const first = await post(id, 'We are halfway there!');
    expect(first.data!['postFundraiserUpdate']).toMatchObject({ id: expect.any(String), text: 'We are halfway there!', createdAt: expect.any(String) });
    await post(id, 'Thank you all');
    expect((await post(id, '   ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await post(id, 'x'.repeat(5001))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const page = await platform.send('query($id: ID!) { fundraiser(id: $id) { updates(first: 1) { edges { node { text } } pageInfo { hasNextPage endCursor } } } }', { id });
    const updates = page.data!['fundraiser'].updates;
    expect(updates.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(['Thank you all']);
    const next = await platform.send('query($id: ID!, $after: String) { fundraiser(id: $id) { updates(first: 5, after: $after) { edges { node { text } } pageInfo { hasNextPage } } } }', { id, after: updates.pageInfo.endCursor });
    expect(next.data!['fundraiser'].updates).toEqual({ edges: [{ node: { text: 'We are halfway there!' } }], pageInfo: { hasNextPage: false } });
  });
});

describe('reading fundraisers', () => {
  it('answers fundraisersByIds in the order asked, null where there is none, at most 100 ids', async () => {
    const a = await createdId(platform, organizer);
    const b = await createdId(platform, organizer);
    const query = 'query($ids: [ID!]!) { fundraisersByIds(ids: $ids) { id status goal { amount currency } } }';
    const result = await platform.send(query, { ids: [b, '7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11', a] });
    expect(result.data!['fundraisersByIds']).toEqual([
      { id: b, status: 'ACTIVE', goal: { amount: 500_000, currency: 'USD' } }, null, { id: a, status: 'ACTIVE', goal: { amount: 500_000, currency: 'USD' } },
    ]);
    const tooMany = await platform.send(query, { ids: Array.from({ length: 101 }, () => a) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('lists a person\'s fundraisers and a nonprofit\'s, newest first, paged', async () => {
    const person = await signUp(platform);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await createdId(platform, person, personalInput({ title: `Round ${i}` })));
    const mine = await platform.send('query($handle: String!) { userByHandle(handle: $handle) { fundraisers(first: 2) { edges { node { id title } } pageInfo { hasNextPage endCursor } } } }', { handle: person.handle });
    const page = mine.data!['userByHandle'].fundraisers;
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const forNonprofit = await createdId(platform, person, personalInput({ kind: 'NONPROFIT', beneficiaryId: another }));
    const theirs = await platform.send('query($id: ID!) { nonprofit(id: $id) { name fundraisers(first: 5) { edges { node { id organizer { handle } } } } } }', { id: another });
    expect(theirs.data!['nonprofit']).toEqual({ name: 'Helping Paws Rescue 1', fundraisers: { edges: [{ node: { id: forNonprofit, organizer: { handle: person.handle } } }] } });
  });

  it('resolves fundraisers by reference in one query however many are asked', async () => {
    const ids = [await createdId(platform, organizer), await createdId(platform, organizer), await createdId(platform, organizer)];
    const subgraph = platform.subgraphs.fundraisers!;
    const contextValue = subgraph.contextFor({ viewer: null, platform: 'WEB', ip: '127.0.0.1' });
    const find = jest.spyOn(contextValue.em, 'find');
    const result = await subgraph.apollo.executeOperation(
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Fundraiser { id title } } }', variables: { r: ids.map((id) => ({ __typename: 'Fundraiser', id })) } },
      { contextValue },
    );
    expect(result.body.kind === 'single' && result.body.singleResult.data?.['_entities']).toEqual(ids.map((id) => ({ id, title: 'New wheelchair for Sam' })));
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('answers null for a fundraiser that does not exist', async () => {
    const result = await platform.send('query($id: ID!) { fundraiser(id: $id) { id } }', { id: 'no-such-id' });
    expect(result).toMatchObject({ data: { fundraiser: null } });
    expect(result.errors).toBeUndefined();
  });
});

describe('a suspended nonprofit', () => {
  it('suspends its ACTIVE fundraisers through the bus, and can no longer be a beneficiary', async () => {
    const [soon] = await nonprofits(platform, admin, 1, 1, 3);
    const active = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: soon }));
    const ended = await createdId(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: soon }));
    await platform.send(contract('EndFundraiser'), { id: ended }, { token: organizer.token });
    const suspended = await platform.send(contract('SuspendNonprofit'), { id: soon, reason: 'Under investigation' }, { token: admin.token });
    expect(codes(suspended)).toEqual([]);
    await eventually(async () => {
      const result = await platform.send('query($ids: [ID!]!) { fundraisersByIds(ids: $ids) { status } }', { ids: [active, ended] });
      expect(result.data!['fundraisersByIds']).toEqual([{ status: 'SUSPENDED' }, { status: 'ENDED' }]);
    });
    const changes = (await outboxEvents(platform, 'fundraisers', 'FundraiserStatusChanged')).filter((e) => e.payload['fundraiserId'] === active);
    expect(changes.map((e) => e.payload['status'])).toEqual(['SUSPENDED']);
    const result = await createFundraiser(platform, organizer, personalInput({ kind: 'NONPROFIT', beneficiaryId: soon }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'beneficiaryId' });
  });
});
