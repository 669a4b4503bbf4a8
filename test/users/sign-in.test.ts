import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({
    env: { SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3', SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: '1000', SIGN_IN_WINDOW_SECONDS: '60' },
  });
});
afterAll(() => platform.stop());

describe('SignIn', () => {
  it('signs in with the right password, whatever the email case, and the token works', async () => {
    const account = await signUp(platform, { email: 'Rosa.Parks@example.com' });
    const result = await platform.send(contract('SignIn'), { input: { email: 'rosa.parks@EXAMPLE.com', password: account.password } });
    expect(result.errors).toBeUndefined();
    expect(result.data!['signIn'].user).toEqual({ id: account.id, handle: account.handle, roles: ['USER'] });
    const me = await platform.send(contract('Me'), {}, { token: result.data!['signIn'].token });
    expect(me.data!['me'].id).toBe(account.id);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const account = await signUp(platform);
    const wrong = await platform.send(contract('SignIn'), { input: { email: account.email, password: 'not the password' } });
    const unknown = await platform.send(contract('SignIn'), { input: { email: 'nobody@example.com', password: 'not the password' } });
    expect(wrong.errors).toEqual(unknown.errors);
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.data).toBeNull();
  });

  it('limits failed attempts per account, then refuses even the right password until the window ends', async () => {
    const account = await signUp(platform);
    for (let i = 0; i < 3; i++) {
      const failed = await platform.send(contract('SignIn'), { input: { email: account.email, password: 'wrong password!' } });
      expect(codes(failed)).toEqual(['UNAUTHENTICATED']);
    }
    const limited = await platform.send(contract('SignIn'), { input: { email: account.email, password: account.password } });
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0]!.extensions!['retryAfterSeconds']).toBeGreaterThan(0);
    // Another account is not affected.
    const other = await signUp(platform);
    const fine = await platform.send(contract('SignIn'), { input: { email: other.email, password: other.password } });
    expect(fine.errors).toBeUndefined();
  });

  it('limits an unknown email exactly like a known one', async () => {
    for (let i = 0; i < 3; i++) await platform.send(contract('SignIn'), { input: { email: 'ghost@example.com', password: 'wrong password!' } });
    const limited = await platform.send(contract('SignIn'), { input: { email: 'ghost@example.com', password: 'wrong password!' } });
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const account = await signUp(platform);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) await platform.send(contract('SignIn'), { input: { email: account.email, password: 'wrong password!' } });
      const ok = await platform.send(contract('SignIn'), { input: { email: account.email, password: account.password } });
      expect(ok.errors).toBeUndefined();
    }
  });
});

describe('SignIn limits per address', () => {
  let strict: TestPlatform;
  beforeAll(async () => {
    strict = await startTestPlatform({ env: { SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: '4', SIGN_IN_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => strict.stop());

  it('refuses an address that tries too many accounts', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await strict.send(contract('SignIn'), { input: { email: `guess${i}@example.com`, password: 'some password' } }));
    }
    expect(results.slice(0, 4).flatMap(codes)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes(results[4]!)).toEqual(['RATE_LIMITED']);
  });
});

describe('SignIn input', () => {
  it('names a missing field', async () => {
    const result = await platform.send(contract('SignIn'), { input: { email: 'a@example.com' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});
