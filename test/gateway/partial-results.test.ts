import { composeSupergraph, readSubgraphSdl } from '../../schema/compose.ts';
import { contract } from '../harness/contract.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp, type TestAccount } from '../harness/factories.ts';
import { BADGES_SDL, startBadgesSubgraph } from '../harness/fixture-subgraph.ts';

let platform: TestPlatform;
let badges: Awaited<ReturnType<typeof startBadgesSubgraph>>;
let ana: TestAccount;

beforeAll(async () => {
  badges = await startBadgesSubgraph();
  // The users subgraph runs first so that its URL can go into the supergraph.
  const users = await startTestPlatform({ services: ['users'] });
  const { supergraphSdl } = composeSupergraph(
    { users: readSubgraphSdl('users'), badges: BADGES_SDL },
    { users: users.subgraphs.users!.url, badges: badges.url },
  );
  const gateway = await startTestPlatform({
    services: ['gateway'], supergraphSdl, shared: sharedOf(users), env: { USERS_URL: users.subgraphs.users!.url },
  });
  platform = { ...users, url: gateway.url, send: gateway.send, stop: async () => { await gateway.stop(); await users.stop(); } };
  ana = await signUp(platform);
});
afterAll(async () => {
  await platform.stop();
  await badges.stop().catch(() => {});
});

function sharedOf(p: TestPlatform) {
  return { databaseUrl: p.databaseUrl, redisPrefix: p.config.redisPrefix, jwtSecret: p.runtime.secrets.jwt, internalSecret: p.runtime.secrets.internal };
}

describe('a subgraph that is down costs only its own fields', () => {
  it('serves fields from both subgraphs while both are up', async () => {
    const result = await platform.send('{ badgeOfTheDay me { handle badge } }', {}, { token: ana.token });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ badgeOfTheDay: 'early-supporter', me: { handle: ana.handle, badge: `badge-${ana.id.slice(0, 4)}` } });
  });

  it('answers the users fields when the badges subgraph is down, with an error for the rest', async () => {
    await badges.stop();
    const result = await platform.send('{ badgeOfTheDay me { handle badge } }', {}, { token: ana.token });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ badgeOfTheDay: null, me: { handle: ana.handle, badge: null } });
    expect(result.errors!.length).toBeGreaterThan(0);
    for (const error of result.errors!) {
      expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', service: 'badges' });
      expect(error.message).toBe('The badges service is unavailable');
    }
    // The contract's own document keeps working.
    const me = await platform.send(contract('Me'), {}, { token: ana.token });
    expect(me.data!['me'].handle).toBe(ana.handle);
  });

  it('answers null for the users fields when users is down, and names no address', async () => {
    await platform.subgraphs.users!.stop();
    const result = await platform.send(contract('Me'), {}, { token: ana.token });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ me: null });
    expect(result.errors).toEqual([
      { message: 'The users service is unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR', service: 'users' } },
    ]);
  });
});
