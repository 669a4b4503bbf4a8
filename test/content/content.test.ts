// Posts, stories and live broadcasts through the gateway with the contract's documents: every rule,
// checked against what the content subgraph keeps of the other subgraphs' events, and every bad
// input. Some donation facts are published straight on the real bus, to test the content
// subgraph's side alone (a donation's success, then its refund).
import { randomUUID } from 'node:crypto';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { eventually } from '../harness/eventually.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import { createdId, nonprofits, personalInput, sql } from '../fundraisers/helpers.ts';
import { deleteExpiredStories } from '../../subgraphs/content/modules/story/story.service.ts';

let platform: TestPlatform;
let admin: TestAccount;
let author: TestAccount;
let other: TestAccount;
let active: string;
let ended: string;
let verifiedNonprofit: string;
let spare: string;

/** Waits until the content subgraph has heard of a fundraiser's latest status. */
const contentSees = (fundraiserId: string, status: string) => eventually(async () => {
  const [row] = await sql(platform, 'select status from content.fundraiser_fact where fundraiser_id = $1', [fundraiserId]);
  if (row?.['status'] !== status) throw new Error(`content does not see ${fundraiserId} ${status} yet`);
});

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await signInAdmin(platform);
  author = await signUp(platform, { country: 'US' });
  other = await signUp(platform, { country: 'US' });
  [verifiedNonprofit, spare] = (await nonprofits(platform, admin, 2, 2)) as [string, string];
  active = await createdId(platform, other);
  ended = await createdId(platform, other);
  await platform.send(contract('EndFundraiser'), { id: ended }, { token: other.token });
  await contentSees(active, 'ACTIVE');
  await contentSees(ended, 'ENDED');
});
afterAll(() => platform.stop());

const post = (input: Record<string, unknown>, as: TestAccount = author) => platform.send(contract('CreatePost'), { input }, { token: as.token });
const story = (input: Record<string, unknown>, as: TestAccount = author) => platform.send(contract('CreateStory'), { input }, { token: as.token });
const count = async (table: string) => (await sql<{ n: number }>(platform, `select count(*)::int as n from content.${table}`))[0]!.n;
const MEDIA = 'https://cdn.example.com/media/photo-1.jpg';

describe('CreatePost', () => {
  it('posts with a caption, or none', async () => {
    const result = await post({ caption: 'Sunrise run for the shelter', mediaUrl: MEDIA });
    expect(result.errors).toBeUndefined();
    expect(result.data!['createPost']).toMatchObject({ caption: 'Sunrise run for the shelter', mediaUrl: MEDIA, author: { id: author.id, handle: author.handle }, stickers: [] });
    expect((await post({ mediaUrl: MEDIA })).data!['createPost'].caption).toBeNull();
  });

  it('carries a donation sticker for an ACTIVE fundraiser, shown with its fundraiser', async () => {
    const result = await post({ mediaUrl: MEDIA, donationSticker: { fundraiserId: active } });
    expect(result.data!['createPost'].stickers).toEqual([{ __typename: 'DonationSticker', fundraiser: { id: active, title: 'New wheelchair for Sam', status: 'ACTIVE', totals: { raised: { amount: 0, currency: 'USD' } } } }]);
  });

  it('refuses a donation sticker for a fundraiser that is not ACTIVE: CONFLICT, nothing written', async () => {
    const before = await count('post');
    for (const fundraiserId of [ended, randomUUID()]) {
      const result = await post({ mediaUrl: MEDIA, donationSticker: { fundraiserId } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'donationSticker.fundraiserId' });
    }
    expect(await count('post')).toBe(before);
  });

  it.each([
    ['caption', { caption: 'x'.repeat(2201) }],
    ['mediaUrl', { mediaUrl: 'http://cdn.example.com/photo.jpg' }],
    ['mediaUrl', { mediaUrl: 'ftp://cdn.example.com/photo.jpg' }],
    ['mediaUrl', { mediaUrl: 'not a url' }],
    ['mediaUrl', { mediaUrl: '' }],
    ['mediaUrl', { mediaUrl: `https://cdn.example.com/${'a'.repeat(2030)}` }],
    ['mediaUrl', { mediaUrl: 'https://user:secret@cdn.example.com/photo.jpg' }],
    ['donationSticker.fundraiserId', { donationSticker: { fundraiserId: 'nope' } }],
  ])('answers BAD_USER_INPUT naming %s, nothing written', async (field, overrides) => {
    const before = await count('post');
    const result = await post({ mediaUrl: MEDIA, ...overrides });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('post')).toBe(before);
  });

  it('takes a 2,200-character caption and a 2,048-character URL', async () => {
    const url = `https://cdn.example.com/${'a'.repeat(2048 - 'https://cdn.example.com/'.length)}`;
    expect(codes(await post({ caption: 'x'.repeat(2200), mediaUrl: url }))).toEqual([]);
  });

  it('needs a signed-in person', async () => {
    expect(codes(await platform.send(contract('CreatePost'), { input: { mediaUrl: MEDIA } }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('CreateStory', () => {
  it('lasts 24 hours, with a donation sticker for an ACTIVE fundraiser', async () => {
    const result = await story({ mediaUrl: MEDIA, sticker: { type: 'DONATION', fundraiserId: active } });
    const created = result.data!['createStory'];
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(24 * 60 * 60 * 1000);
    expect(created.stickers).toEqual([{ __typename: 'DonationSticker', fundraiser: { id: active, title: 'New wheelchair for Sam', status: 'ACTIVE', totals: { raised: { amount: 0, currency: 'USD' } } } }]);
    expect((await story({ mediaUrl: MEDIA, sticker: { type: 'DONATION', fundraiserId: ended } })).errors?.[0]?.extensions)
      .toMatchObject({ code: 'CONFLICT', field: 'sticker.fundraiserId' });
  });

  it('takes an "I donated" sticker only after a succeeded donation by the author, and not after its refund', async () => {
    const fundraiserId = await createdId(platform, other);
    const donated = () => story({ mediaUrl: MEDIA, sticker: { type: 'DONATED', fundraiserId } });
    expect((await donated()).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'sticker.fundraiserId' });
    const donationId = randomUUID();
    const fact = (type: string) => ({ id: randomUUID(), type, source: 'donations', occurredAt: new Date().toISOString(), payload: { donationId, donorId: author.id, fundraiserId } });
    // Someone else's donation does not count.
    await platform.runtime.bus.publish([{ ...fact('DonationSucceeded'), payload: { donationId: randomUUID(), donorId: other.id, fundraiserId } }]);
    await platform.runtime.bus.publish([fact('DonationSucceeded')]);
    const shared = await eventually(async () => {
      const result = await donated();
      expect(result.errors).toBeUndefined();
      return result;
    });
    expect(shared.data!['createStory'].stickers).toEqual([{ __typename: 'DonatedSticker', fundraiser: { id: fundraiserId, title: 'New wheelchair for Sam' } }]);
    await platform.runtime.bus.publish([fact('DonationRefunded')]);
    await eventually(async () => expect(codes(await donated())).toEqual(['CONFLICT']));
  });

  it.each([
    ['mediaUrl', { mediaUrl: 'http://cdn.example.com/a.jpg' }],
    ['sticker.fundraiserId', { mediaUrl: MEDIA, sticker: { type: 'DONATED', fundraiserId: '12' } }],
    ['sticker.type', { mediaUrl: MEDIA, sticker: { type: 'LIKE', fundraiserId: randomUUID() } }],
  ])('answers BAD_USER_INPUT naming %s, nothing written', async (field, input) => {
    const before = await count('story');
    expect((await story(input)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('story')).toBe(before);
  });

  it('disappears from every list and lookup after 24 hours, before the clean-up job and after it', async () => {
    const person = await signUp(platform);
    const old = (await story({ mediaUrl: MEDIA }, person)).data!['createStory'].id;
    const fresh = (await story({ mediaUrl: 'https://cdn.example.com/2.jpg' }, person)).data!['createStory'].id;
    await sql(platform, `update content.story set created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' where id = $1`, [old]);
    const profile = async () => (await platform.send(contract('UserProfile'), { handle: person.handle })).data!['userByHandle'];
    expect((await profile()).stories.map((s: { id: string }) => s.id)).toEqual([fresh]);
    expect((await platform.send('query($id: ID!) { story(id: $id) { id } }', { id: old })).data!['story']).toBeNull();
    expect(await deleteExpiredStories(platform.subgraphs.content!.deps.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect(await sql(platform, 'select id from content.story where id = $1', [old])).toEqual([]);
    expect((await profile()).stories.map((s: { id: string }) => s.id)).toEqual([fresh]);
  });
});

describe('UserProfile', () => {
  it('shows a person\'s posts newest first, their stories and their fundraisers', async () => {
    const person = await signUp(platform);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await post({ caption: `Post ${i}`, mediaUrl: MEDIA }, person)).data!['createPost'].id);
    const fundraiser = await createdId(platform, person);
    const result = await platform.send(contract('UserProfile'), { handle: person.handle });
    expect(result.errors).toBeUndefined();
    const profile = result.data!['userByHandle'];
    expect(profile.posts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([...ids].reverse());
    expect(profile.posts.pageInfo.hasNextPage).toBe(false);
    expect(profile.fundraisers.edges).toEqual([{ node: { id: fundraiser, title: 'New wheelchair for Sam', status: 'ACTIVE' } }]);
    expect(profile.stories).toEqual([]);
  });
});

describe('live broadcasts', () => {
  let host: TestAccount;
  let forNonprofit: string;
  const start = (input: Record<string, unknown>, as: TestAccount = host, clientPlatform = 'IOS') =>
    platform.send(contract('StartLive'), { input }, { token: as.token, platform: clientPlatform });
  const end = (id: string, as: TestAccount = host) => platform.send(contract('EndLive'), { id }, { token: as.token });

  beforeAll(async () => {
    host = await signUp(platform, { country: 'FR' });
    forNonprofit = await createdId(platform, host, personalInput({ kind: 'NONPROFIT', beneficiaryId: verifiedNonprofit, goal: { amount: 100_000, currency: 'EUR' } }));
    await contentSees(forNonprofit, 'ACTIVE');
  });

  it('starts for the host\'s ACTIVE nonprofit fundraiser, is listed live, and ends by the host only', async () => {
    const started = await start({ title: 'Marathon stream for the rescue', fundraiserId: forNonprofit });
    expect(started.errors).toBeUndefined();
    const live = started.data!['startLive'];
    expect(live).toMatchObject({
      title: 'Marathon stream for the rescue', status: 'LIVE', host: { id: host.id, handle: host.handle },
      fundraiser: { id: forNonprofit, beneficiary: { id: verifiedNonprofit, verificationStatus: 'VERIFIED' } },
    });
    const now = await platform.send(contract('LiveNow'), { first: 10 });
    expect(now.data!['liveBroadcasts'].edges.map((e: { node: { id: string } }) => e.node.id)).toContain(live.id);
    const byId = await platform.send(contract('LiveBroadcast'), { id: live.id });
    expect(byId.data!['liveBroadcast']).toMatchObject({ id: live.id, status: 'LIVE', endedAt: null, host: { handle: host.handle } });

    expect(codes(await start({ title: 'Again', fundraiserId: forNonprofit }))).toEqual(['CONFLICT']);
    expect(codes(await end(live.id, other))).toEqual(['FORBIDDEN']);
    const ended = await end(live.id);
    expect(ended.data!['endLive']).toMatchObject({ id: live.id, status: 'ENDED', endedAt: expect.any(String) });
    expect(codes(await end(live.id))).toEqual(['CONFLICT']);
    const after = await platform.send(contract('LiveNow'), { first: 10 });
    expect(after.data!['liveBroadcasts'].edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(live.id);
  });

  it('counts what viewers give during the broadcast in its totals (LiveBroadcast, EndLive)', async () => {
    const started = (await start({ title: 'Giving live', fundraiserId: forNonprofit })).data!['startLive'];
    await eventually(async () => expect(await sql(platform, 'select fundraiser_id from donations.broadcast_fact where broadcast_id = $1', [started.id])).toHaveLength(1));
    await eventually(async () => expect(await sql(platform, `select status from donations.fundraiser_fact where fundraiser_id = $1`, [forNonprofit])).toEqual([{ status: 'ACTIVE' }]));
    for (const [i, viewer] of [author, other, author].entries()) {
      const given = await platform.send(contract('Donate'), { input: {
        fundraiserId: forNonprofit, amount: { amount: 1000 * (i + 1), currency: 'EUR' }, paymentMethodId: 'pm_card_visa', idempotencyKey: randomUUID(), source: { type: 'LIVE', id: started.id },
      } }, { token: viewer.token });
      expect(codes(given)).toEqual([]);
    }
    const live = await platform.send(contract('LiveBroadcast'), { id: started.id });
    expect(live.data!['liveBroadcast'].totals).toMatchObject({ raised: { amount: 6000, currency: 'EUR' }, donationCount: 3, donorCount: 2, sequence: expect.any(Number) });
    const ended = await end(started.id);
    expect(ended.data!['endLive'].totals).toEqual({ raised: { amount: 6000, currency: 'EUR' }, donationCount: 3, donorCount: 2 });
  });

  it('allows one LIVE broadcast per host even when starts race', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => start({ title: 'Race', fundraiserId: forNonprofit })));
    expect(results.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const [live] = await sql<{ id: string }>(platform, `select id from content.live_broadcast where host_id = $1 and status = 'LIVE'`, [host.id]);
    await end(live!.id);
  });

  it('refuses a fundraiser that is not the host\'s, not for a nonprofit, or not ACTIVE', async () => {
    expect(codes(await start({ title: 'Not mine', fundraiserId: forNonprofit }, other))).toEqual(['FORBIDDEN']);
    const personal = await createdId(platform, author);
    await contentSees(personal, 'ACTIVE');
    expect((await start({ title: 'Personal', fundraiserId: personal }, author)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'fundraiserId' });
    const over = await createdId(platform, host, personalInput({ kind: 'NONPROFIT', beneficiaryId: verifiedNonprofit, goal: { amount: 100_000, currency: 'EUR' } }));
    await platform.send(contract('EndFundraiser'), { id: over }, { token: host.token });
    await contentSees(over, 'ENDED');
    expect((await start({ title: 'Too late', fundraiserId: over })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'fundraiserId' });
    expect(codes(await start({ title: 'Nothing', fundraiserId: randomUUID() }))).toEqual(['NOT_FOUND']);
  });

  it('refuses a fundraiser whose nonprofit was suspended', async () => {
    const fundraiserId = await createdId(platform, host, personalInput({ kind: 'NONPROFIT', beneficiaryId: spare, goal: { amount: 100_000, currency: 'EUR' } }));
    await contentSees(fundraiserId, 'ACTIVE');
    await platform.send(contract('SuspendNonprofit'), { id: spare, reason: 'Lapsed registration' }, { token: admin.token });
    // The fundraiser itself is suspended (through the fundraisers subgraph), and the content subgraph hears of both.
    await contentSees(fundraiserId, 'SUSPENDED');
    expect((await start({ title: 'Suspended', fundraiserId })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'fundraiserId' });
    // Its stickers stay and show the status.
    const [stuck] = await sql<{ id: string }>(platform, `insert into content.post (id, author_id, media_url, sticker_fundraiser_id, created_at) values (gen_random_uuid(), $1, $2, $3, now()) returning id`, [host.id, MEDIA, fundraiserId]);
    const shown = await platform.send('query($id: ID!) { post(id: $id) { stickers { ... on DonationSticker { fundraiser { status } } } } }', { id: stuck!.id });
    expect(shown.data!['post'].stickers).toEqual([{ fundraiser: { status: 'SUSPENDED' } }]);
  });

  it('needs the LIVE_FUNDRAISERS rollout where the host is: FEATURE_UNAVAILABLE outside it', async () => {
    const set = async (countries: string[]) => {
      await platform.send(contract('SetRollout'), { input: { feature: 'LIVE_FUNDRAISERS', countries, platforms: ['ANDROID', 'IOS', 'WEB'] } }, { token: admin.token });
      // The content subgraph hears of it over the bus.
      await eventually(async () => {
        const [row] = await sql<{ countries: string[] }>(platform, `select countries from content.rollout_fact where feature = 'LIVE_FUNDRAISERS'`);
        expect([...row!.countries].sort()).toEqual([...countries].sort());
      });
    };
    await set(['US', 'GB', 'IE']);
    try {
      expect(codes(await start({ title: 'Closed', fundraiserId: forNonprofit }))).toEqual(['FEATURE_UNAVAILABLE']);
    } finally {
      await set(['US', 'GB', 'IE', 'FR']);
    }
    const reopened = await start({ title: 'Open again', fundraiserId: forNonprofit });
    expect(codes(reopened)).toEqual([]);
    await end(reopened.data!['startLive'].id);
  });

  it.each([
    ['title', { title: '' }],
    ['title', { title: 'x'.repeat(101) }],
    ['fundraiserId', { fundraiserId: 'nope' }],
  ])('answers BAD_USER_INPUT naming %s, nothing written', async (field, overrides) => {
    const before = await count('live_broadcast');
    const result = await start({ title: 'Fine title', fundraiserId: forNonprofit, ...overrides });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('live_broadcast')).toBe(before);
  });
});
