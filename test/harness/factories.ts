// Accounts for tests, made through the contract's own SignUp / SignIn documents.
import { randomBytes } from 'node:crypto';
import { contract } from './contract.ts';
import { ADMIN, type TestPlatform } from './platform.ts';

export interface SignUpOptions {
  email?: string;
  password?: string;
  handle?: string;
  displayName?: string;
  country?: string;
  dateOfBirth?: string;
}

export function signUpInput(options: SignUpOptions = {}) {
  const tag = randomBytes(4).toString('hex');
  return {
    email: options.email ?? `person.${tag}@example.com`,
    password: options.password ?? 'correct horse battery',
    handle: options.handle ?? `person_${tag}`,
    displayName: options.displayName ?? `Person ${tag}`,
    country: options.country ?? 'US',
    dateOfBirth: options.dateOfBirth ?? '1990-05-17',
  };
}

export interface TestAccount {
  id: string;
  handle: string;
  email: string;
  password: string;
  token: string;
}

export async function signUp(platform: TestPlatform, options: SignUpOptions = {}): Promise<TestAccount> {
  const input = signUpInput(options);
  const result = await platform.send(contract('SignUp'), { input });
  if (!result.data?.['signUp']) throw new Error(`sign up failed: ${JSON.stringify(result.errors)}`);
  const { token, user } = result.data['signUp'] as { token: string; user: { id: string; handle: string } };
  return { id: user.id, handle: user.handle, email: input.email, password: input.password, token };
}

export async function signInAdmin(platform: TestPlatform): Promise<TestAccount> {
  const result = await platform.send(contract('SignIn'), { input: ADMIN });
  if (!result.data?.['signIn']) throw new Error(`admin sign in failed: ${JSON.stringify(result.errors)}`);
  const { token, user } = result.data['signIn'] as { token: string; user: { id: string; handle: string } };
  return { id: user.id, handle: user.handle, email: ADMIN.email, password: ADMIN.password, token };
}
