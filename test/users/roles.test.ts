import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { ADMIN, sharedWith, startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp } from '../harness/factories.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

describe('the admin account from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('exists with the ADMIN role', async () => {
    const admin = await signInAdmin(platform);
    const me = await platform.send(contract('Me'), {}, { token: admin.token });
    expect(me.data!['me'].roles).toEqual(['USER', 'ADMIN']);
  });

  it('is ensured again at the next start without a second account, and follows a new password', async () => {
    const again = await startTestPlatform({
      shared: sharedWith(platform),
      services: ['users'],
      env: { ADMIN_EMAIL: ADMIN.email.toUpperCase(), ADMIN_PASSWORD: 'a-newer-admin-password' },
    });
    await again.stop();
    const old = await platform.send(contract('SignIn'), { input: ADMIN });
    expect(codes(old)).toEqual(['UNAUTHENTICATED']);
    const renewed = await platform.send(contract('SignIn'), { input: { email: ADMIN.email, password: 'a-newer-admin-password' } });
    expect(renewed.data!['signIn'].user.roles).toEqual(['USER', 'ADMIN']);
    // put it back for the other tests
    const restore = await startTestPlatform({ shared: sharedWith(platform), services: ['users'] });
    await restore.stop();
  });
});

describe('GrantRole', () => {
  it('lets an admin grant a role, seen in the person’s roles at their next sign-in', async () => {
    const admin = await signInAdmin(platform);
    const rita = await signUp(platform);
    const granted = await platform.send(contract('GrantRole'), { userId: rita.id, role: 'REVIEWER' }, { token: admin.token });
    expect(granted.errors).toBeUndefined();
    expect(granted.data!['grantRole']).toEqual({ id: rita.id, roles: ['USER', 'REVIEWER'] });
    const again = await platform.send(contract('GrantRole'), { userId: rita.id, role: 'REVIEWER' }, { token: admin.token });
    expect(again.data!['grantRole'].roles).toEqual(['USER', 'REVIEWER']);
    const signIn = await platform.send(contract('SignIn'), { input: { email: rita.email, password: rita.password } });
    expect(signIn.data!['signIn'].user.roles).toEqual(['USER', 'REVIEWER']);
  });

  it('refuses anyone but an admin, and changes nothing', async () => {
    const rita = await signUp(platform);
    const sam = await signUp(platform);
    const result = await platform.send(contract('GrantRole'), { userId: sam.id, role: 'ADMIN' }, { token: rita.token });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    const anonymous = await platform.send(contract('GrantRole'), { userId: sam.id, role: 'ADMIN' });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const me = await platform.send(contract('Me'), {}, { token: sam.token });
    expect(me.data!['me'].roles).toEqual(['USER']);
  });

  it('refuses an unknown role (BAD_USER_INPUT naming role) and an unknown person (NOT_FOUND)', async () => {
    const admin = await signInAdmin(platform);
    const rita = await signUp(platform);
    const badRole = await platform.send(contract('GrantRole'), { userId: rita.id, role: 'OWNER' }, { token: admin.token });
    expect(badRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const nobody = await platform.send(contract('GrantRole'), { userId: '7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11', role: 'ANALYST' }, { token: admin.token });
    expect(codes(nobody)).toEqual(['NOT_FOUND']);
  });

  it('lets an admin revoke a role but never USER', async () => {
    const admin = await signInAdmin(platform);
    const rita = await signUp(platform);
    await platform.send(contract('GrantRole'), { userId: rita.id, role: 'ANALYST' }, { token: admin.token });
    const revoke = 'mutation($u: ID!, $r: Role!) { revokeRole(userId: $u, role: $r) { id roles } }';
    const revoked = await platform.send(revoke, { u: rita.id, r: 'ANALYST' }, { token: admin.token });
    expect(revoked.data!['revokeRole'].roles).toEqual(['USER']);
    const user = await platform.send(revoke, { u: rita.id, r: 'USER' }, { token: admin.token });
    expect(user.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('lets an admin see anyone’s email and roles', async () => {
    const admin = await signInAdmin(platform);
    const rita = await signUp(platform);
    const result = await platform.send('query($id: ID!) { user(id: $id) { email roles } }', { id: rita.id }, { token: admin.token });
    expect(result.data!['user']).toEqual({ email: rita.email, roles: ['USER'] });
  });
});
