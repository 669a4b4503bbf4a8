import { issueToken } from '../../kit/tokens.ts';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

describe('the gateway authenticates the caller once', () => {
  it('accepts a valid token', async () => {
    const ana = await signUp(platform);
    const me = await platform.send(contract('Me'), {}, { token: ana.token });
    expect(me.data!['me'].id).toBe(ana.id);
  });

  it('refuses an expired token with UNAUTHENTICATED (HTTP 401), reaching no subgraph', async () => {
    const ana = await signUp(platform);
    const { token } = await issueToken(
      { kind: 'user', id: ana.id, roles: ['USER'], country: 'US', adult: true },
      platform.runtime.secrets.jwt, 60, new Date(Date.now() - 3600_000),
    );
    const result = await platform.send(contract('Me'), {}, { token });
    expect(result.status).toBe(401);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors![0]!.message).toMatch(/expired/i);
  });

  it('refuses a token signed with another secret', async () => {
    const ana = await signUp(platform);
    const { token } = await issueToken(
      { kind: 'user', id: ana.id, roles: ['USER', 'ADMIN'], country: 'US', adult: true },
      'another secret that is also long enough to sign', 3600,
    );
    const result = await platform.send(contract('Me'), {}, { token });
    expect(result.status).toBe(401);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token whose claims were edited', async () => {
    const ana = await signUp(platform);
    const [header, payload, signature] = ana.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const edited = Buffer.from(JSON.stringify({ ...claims, roles: ['USER', 'ADMIN'] })).toString('base64url');
    const result = await platform.send(contract('Me'), {}, { token: `${header}.${edited}.${signature}` });
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const result = await platform.send(contract('Me'), {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(result.status).toBe(401);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses writes from a partner token (partners read totals only)', async () => {
    const ana = await signUp(platform);
    const { token } = await issueToken({ kind: 'partner', id: 'partner-app-1', scopes: ['TOTALS_READ'] }, platform.runtime.secrets.jwt, 600);
    const follow = await platform.send(contract('Follow'), { userId: ana.id }, { token });
    expect(codes(follow)).toEqual(['FORBIDDEN']);
    const me = await platform.send(contract('Me'), {}, { token });
    expect(me.data!['me']).toBeNull();
  });
});

describe('X-Client-Platform', () => {
  it('accepts ANDROID, IOS and WEB in any case, and no header at all', async () => {
    for (const value of ['ANDROID', 'ios', 'Web', undefined]) {
      const result = await platform.send(contract('Me'), {}, value ? { platform: value } : {});
      expect(result.errors).toBeUndefined();
    }
  });

  it('refuses any other platform with BAD_USER_INPUT naming the header', async () => {
    const result = await platform.send(contract('Me'), {}, { platform: 'BLACKBERRY' });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Client-Platform' });
  });
});

describe('errors', () => {
  it('answers a syntax error with GRAPHQL_PARSE_FAILED and an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    expect(codes(await platform.send('{ me { id '))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codes(await platform.send('{ me { password } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses an operation with too many aliases: OPERATION_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await platform.send(`{ ${aliases} }`);
    expect(codes(result)).toEqual(['OPERATION_TOO_COMPLEX']);
  });
});
