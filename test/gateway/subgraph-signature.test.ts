import { signIdentity, VIEWER_HEADER, type RequestIdentity } from '../../kit/viewer.ts';
import { graphql, codes } from '../harness/client.ts';
import { contract } from '../harness/contract.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';

let platform: TestPlatform;
let usersUrl: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  usersUrl = platform.subgraphs.users!.url;
});
afterAll(() => platform.stop());

const anonymous: RequestIdentity = { viewer: null, platform: 'WEB', ip: '203.0.113.9' };

describe('a subgraph serves only the gateway', () => {
  it('refuses a request without the signed viewer header: 401, before any resolver runs', async () => {
    const before = await platform.send('{ userByHandle(handle: "unsigned_person") { id } }');
    expect(before.data!['userByHandle']).toBeNull();
    const result = await graphql(usersUrl, contract('SignUp'), {
      input: { email: 'unsigned@example.com', password: 'long enough pw', handle: 'unsigned_person', displayName: 'U', country: 'US', dateOfBirth: '1990-01-01' },
    });
    expect(result.status).toBe(401);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    const after = await platform.send('{ userByHandle(handle: "unsigned_person") { id } }');
    expect(after.data!['userByHandle']).toBeNull();
  });

  it('refuses a header signed with another secret', async () => {
    const header = signIdentity(anonymous, 'not the platform secret, though long enough');
    const result = await graphql(usersUrl, contract('Me'), {}, { headers: { [VIEWER_HEADER]: header } });
    expect(result.status).toBe(401);
  });

  it('refuses a header whose viewer was swapped after signing', async () => {
    const ana = await signUp(platform);
    const header = signIdentity(anonymous, platform.runtime.secrets.internal);
    const [, signature] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ viewer: { kind: 'user', id: ana.id, roles: ['ADMIN'], country: 'US', adult: true }, platform: 'WEB', ip: 'x', issuedAt: Date.now() })).toString('base64url');
    const result = await graphql(usersUrl, contract('Me'), {}, { headers: { [VIEWER_HEADER]: `${forged}.${signature}` } });
    expect(result.status).toBe(401);
  });

  it('refuses a stale header (a replay)', async () => {
    const header = signIdentity(anonymous, platform.runtime.secrets.internal, Date.now() - 5 * 60_000);
    const result = await graphql(usersUrl, contract('Me'), {}, { headers: { [VIEWER_HEADER]: header } });
    expect(result.status).toBe(401);
  });

  it('serves a request the gateway signed, as the viewer it names', async () => {
    const ana = await signUp(platform);
    const header = signIdentity({ viewer: { kind: 'user', id: ana.id, roles: ['USER'], country: 'US', adult: true }, platform: 'IOS', ip: '203.0.113.9' }, platform.runtime.secrets.internal);
    const result = await graphql(usersUrl, contract('Me'), {}, { headers: { [VIEWER_HEADER]: header } });
    expect(result.status).toBe(200);
    expect(result.data!['me'].id).toBe(ana.id);
  });
});
