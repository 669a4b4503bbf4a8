// The users subgraph on its own: User resolved by reference, in batches, as the gateway asks for it.
import { jest } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';
import type { RequestIdentity } from '../../kit/viewer.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { id handle followerCount isFollowedByViewer } }
}`;

const stranger: RequestIdentity = { viewer: null, platform: 'WEB', ip: '127.0.0.1' };

async function resolveUsers(ids: string[], identity = stranger) {
  const users = platform.subgraphs.users!;
  const contextValue = users.contextFor(identity);
  const find = jest.spyOn(contextValue.em, 'find');
  const response = await users.apollo.executeOperation(
    { query: ENTITIES, variables: { representations: ids.map((id) => ({ __typename: 'User', id })) } },
    { contextValue },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult, finds: find.mock.calls.length };
}

describe('User by reference', () => {
  it('resolves many references with one query, in the order asked, null for unknown ids', async () => {
    const [a, b, c] = await Promise.all([signUp(platform), signUp(platform), signUp(platform)]);
    const unknown = '7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11';
    const { result, finds } = await resolveUsers([c!.id, a!.id, unknown, b!.id, 'not-a-uuid']);
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toEqual([
      { id: c!.id, handle: c!.handle, followerCount: 0, isFollowedByViewer: false },
      { id: a!.id, handle: a!.handle, followerCount: 0, isFollowedByViewer: false },
      null,
      { id: b!.id, handle: b!.handle, followerCount: 0, isFollowedByViewer: false },
      null,
    ]);
    expect(finds).toBe(1);
  });

  it('answers isFollowedByViewer for the viewer in the signed identity', async () => {
    const [fan, star] = await Promise.all([signUp(platform), signUp(platform)]);
    const users = platform.subgraphs.users!;
    const follow = await users.apollo.executeOperation(
      { query: 'mutation($id: ID!) { follow(userId: $id) { id } }', variables: { id: star.id } },
      { contextValue: users.contextFor({ viewer: { kind: 'user', id: fan.id, roles: ['USER'], country: 'US', adult: true }, platform: 'IOS', ip: '127.0.0.1' }) },
    );
    expect(follow.body.kind === 'single' && follow.body.singleResult.errors).toBeUndefined();
    const { result } = await resolveUsers([star.id], { viewer: { kind: 'user', id: fan.id, roles: ['USER'], country: 'US', adult: true }, platform: 'IOS', ip: '127.0.0.1' });
    expect((result.data as { _entities: unknown[] })._entities).toEqual([{ id: star.id, handle: star.handle, followerCount: 1, isFollowedByViewer: true }]);
  });
});
