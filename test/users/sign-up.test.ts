import pg from 'pg';
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp, signUpInput } from '../harness/factories.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

async function accountCount(): Promise<number> {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('select count(*)::int as n from users.account');
  await client.end();
  return rows[0]!.n;
}

describe('SignUp', () => {
  it('creates the account and signs it in', async () => {
    const input = signUpInput({ handle: 'Maya.Lin', country: 'gb', displayName: '  Maya   Lin ' });
    const result = await platform.send(contract('SignUp'), { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!['signUp'].user).toEqual({ id: expect.any(String), handle: 'maya.lin', displayName: 'Maya Lin', country: 'GB' });

    const me = await platform.send(contract('Me'), {}, { token: result.data!['signUp'].token });
    expect(me.data!['me']).toMatchObject({ handle: 'maya.lin', roles: ['USER'], followerCount: 0, followingCount: 0 });
    expect(Date.parse(me.data!['me'].createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps the password hashed with argon2, never in clear', async () => {
    const input = signUpInput();
    await platform.send(contract('SignUp'), { input });
    const client = new pg.Client({ connectionString: platform.databaseUrl });
    await client.connect();
    const { rows } = await client.query('select password_hash from users.account where email = $1', [input.email]);
    await client.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(input.password);
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['email', { email: `${'x'.repeat(250)}@example.com` }], // over 254 characters
    ['password', { password: 'short' }],
    ['handle', { handle: 'ab' }],
    ['handle', { handle: 'a'.repeat(31) }],
    ['handle', { handle: 'no spaces' }],
    ['handle', { handle: 'émile' }],
    ['displayName', { displayName: '   ' }],
    ['displayName', { displayName: 'x'.repeat(101) }],
    ['country', { country: 'XX' }],
    ['country', { country: 'USA' }],
    ['dateOfBirth', { dateOfBirth: '1990-02-30' }],
    ['dateOfBirth', { dateOfBirth: '02/03/1990' }],
    ['dateOfBirth', { dateOfBirth: '2999-01-01' }],
    ['dateOfBirth', { dateOfBirth: new Date(Date.now() - 5 * 365 * 86400_000).toISOString().slice(0, 10) }],
  ])('answers BAD_USER_INPUT naming %s for a bad value (%#), and writes nothing', async (field, override) => {
    const before = await accountCount();
    const result = await platform.send(contract('SignUp'), { input: signUpInput(override) });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await accountCount()).toBe(before);
  });

  it('names a missing field', async () => {
    const { password: _omitted, ...input } = signUpInput();
    const result = await platform.send(contract('SignUp'), { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('refuses an email already taken, whatever its case: CONFLICT naming email', async () => {
    const first = await signUp(platform, { email: 'Dana@Example.com' });
    expect(first.id).toBeDefined();
    const before = await accountCount();
    const result = await platform.send(contract('SignUp'), { input: signUpInput({ email: 'dana@EXAMPLE.com' }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await accountCount()).toBe(before);
  });

  it('refuses a handle already taken: CONFLICT naming handle', async () => {
    await signUp(platform, { handle: 'taken_handle' });
    const result = await platform.send(contract('SignUp'), { input: signUpInput({ handle: 'Taken_Handle' }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'handle' });
  });

  it('gives exactly one account to two simultaneous sign-ups with one handle', async () => {
    const results = await Promise.all([1, 2, 3].map(() => platform.send(contract('SignUp'), { input: signUpInput({ handle: 'race_handle' }) })));
    expect(results.filter((r) => r.data?.['signUp']).length).toBe(1);
    expect(results.flatMap(codes).sort()).toEqual(['CONFLICT', 'CONFLICT']);
  });

  it('publishes UserSignedUp through the outbox onto the bus', async () => {
    const seen: string[] = [];
    const consumer = await platform.runtime.bus.consume({
      group: 'sign-up-test',
      types: ['UserSignedUp'],
      handle: async (event) => void seen.push(String(event.payload['handle'])),
    });
    const account = await signUp(platform, { handle: 'event_person' });
    await waitFor(() => seen.includes(account.handle));
    await consumer.close();
  });
});

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
