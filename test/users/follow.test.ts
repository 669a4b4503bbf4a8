import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

describe('Follow and Unfollow', () => {
  it('follows, with counts on both accounts and isFollowedByViewer', async () => {
    const ana = await signUp(platform);
    const ben = await signUp(platform);
    const followed = await platform.send(contract('Follow'), { userId: ben.id }, { token: ana.token });
    expect(followed.errors).toBeUndefined();
    expect(followed.data!['follow']).toEqual({ id: ben.id, followerCount: 1, isFollowedByViewer: true });

    const anaMe = await platform.send(contract('Me'), {}, { token: ana.token });
    expect(anaMe.data!['me']).toMatchObject({ followerCount: 0, followingCount: 1 });
    const benMe = await platform.send(contract('Me'), {}, { token: ben.token });
    expect(benMe.data!['me']).toMatchObject({ followerCount: 1, followingCount: 0 });
  });

  it('counts a repeated follow or unfollow once', async () => {
    const ana = await signUp(platform);
    const ben = await signUp(platform);
    await platform.send(contract('Follow'), { userId: ben.id }, { token: ana.token });
    const again = await platform.send(contract('Follow'), { userId: ben.id }, { token: ana.token });
    expect(again.data!['follow']).toEqual({ id: ben.id, followerCount: 1, isFollowedByViewer: true });

    const unfollowed = await platform.send(contract('Unfollow'), { userId: ben.id }, { token: ana.token });
    expect(unfollowed.data!['unfollow']).toEqual({ id: ben.id, followerCount: 0, isFollowedByViewer: false });
    const twice = await platform.send(contract('Unfollow'), { userId: ben.id }, { token: ana.token });
    expect(twice.data!['unfollow']).toEqual({ id: ben.id, followerCount: 0, isFollowedByViewer: false });
    const anaMe = await platform.send(contract('Me'), {}, { token: ana.token });
    expect(anaMe.data!['me'].followingCount).toBe(0);
  });

  it('keeps counts exact under concurrent follows and mutual follows', async () => {
    const star = await signUp(platform);
    const fans = await Promise.all(Array.from({ length: 8 }, () => signUp(platform)));
    await Promise.all([
      ...fans.map((fan) => platform.send(contract('Follow'), { userId: star.id }, { token: fan.token })),
      ...fans.map((fan) => platform.send(contract('Follow'), { userId: fan.id }, { token: star.token })),
      ...fans.map((fan) => platform.send(contract('Follow'), { userId: star.id }, { token: fan.token })),
    ]);
    const me = await platform.send(contract('Me'), {}, { token: star.token });
    expect(me.data!['me']).toMatchObject({ followerCount: 8, followingCount: 8 });
  });

  it('refuses following yourself: BAD_USER_INPUT naming userId', async () => {
    const ana = await signUp(platform);
    const result = await platform.send(contract('Follow'), { userId: ana.id }, { token: ana.token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    const ana = await signUp(platform);
    for (const userId of ['7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11', 'not-an-id']) {
      const result = await platform.send(contract('Follow'), { userId }, { token: ana.token });
      expect(codes(result)).toEqual(['NOT_FOUND']);
    }
  });

  it('needs a signed-in person', async () => {
    const ben = await signUp(platform);
    const result = await platform.send(contract('Follow'), { userId: ben.id });
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('shows isFollowedByViewer false to anonymous viewers', async () => {
    const ben = await signUp(platform);
    const result = await platform.send('query($id: ID!) { user(id: $id) { handle isFollowedByViewer } }', { id: ben.id });
    expect(result.data!['user']).toEqual({ handle: ben.handle, isFollowedByViewer: false });
  });
});

describe('Me and profiles', () => {
  it('answers null to nobody signed in', async () => {
    const result = await platform.send(contract('Me'));
    expect(result).toMatchObject({ data: { me: null } });
    expect(result.errors).toBeUndefined();
  });

  it('finds a person by handle, case-blind, and null for an unknown handle', async () => {
    const ana = await signUp(platform);
    const query = 'query($h: String!) { userByHandle(handle: $h) { id handle displayName followerCount isFollowedByViewer } }';
    const found = await platform.send(query, { h: ana.handle.toUpperCase() });
    expect(found.data!['userByHandle']).toMatchObject({ id: ana.id, handle: ana.handle, followerCount: 0 });
    const none = await platform.send(query, { h: 'no_such_person' });
    expect(none.data!['userByHandle']).toBeNull();
  });

  it('shows email and roles to the account itself only', async () => {
    const ana = await signUp(platform);
    const ben = await signUp(platform);
    const query = 'query($id: ID!) { user(id: $id) { handle email roles } }';
    const own = await platform.send(query, { id: ana.id }, { token: ana.token });
    expect(own.data!['user']).toEqual({ handle: ana.handle, email: ana.email, roles: ['USER'] });
    const other = await platform.send(query, { id: ana.id }, { token: ben.token });
    expect(other.data!['user']).toEqual({ handle: ana.handle, email: null, roles: null });
    expect(codes(other)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
